package org.openbsn.marketplace.inspection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Streams a gzip'd tar archive entry by entry, refusing every entry kind and name that could escape or mislead. */
final class TarGz {

    /** What to do with one regular file; {@code content} ends with the entry. */
    interface FileVisitor {
        void visit(String name, InputStream content) throws IOException;
    }

    private TarGz() {
    }

    /**
     * Hands each regular file of {@code archive} (named {@code archiveName} in messages) to {@code visitor}; directories
     * are skipped when {@code directoriesAllowed}, refused otherwise, and every other kind of entry is refused.
     */
    static void read(byte[] archive, String archiveName, UnpackBudget budget, int maxEntries, boolean directoriesAllowed,
                     FileVisitor visitor) {
        if (archive.length < 2 || (archive[0] & 0xff) != 0x1f || (archive[1] & 0xff) != 0x8b) {
            throw Refusal.ofPackage("not-gzip", archiveName + " is not a gzip-compressed tar archive (.tar.gz)",
                    archiveName);
        }
        EntryNames names = new EntryNames(archiveName, maxEntries);
        try (InputStream unpacked = budget.count(new GZIPInputStream(new ByteArrayInputStream(archive)), archiveName,
                archive.length);
             TarArchiveInputStream tar = new TarArchiveInputStream(unpacked)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String name = entry.getName();
                names.accept(name);
                if (entry.isDirectory() && directoriesAllowed) {
                    continue;
                }
                refuseUnlessRegular(entry, archiveName);
                visitor.visit(name, tar);
            }
            unpacked.transferTo(OutputStream.nullOutputStream()); // reads to the end, so the gzip trailer is checked
        } catch (IOException | IllegalArgumentException e) {
            throw Refusal.ofPackage("unreadable-archive", archiveName
                    + " is truncated or not a valid tar.gz archive (" + e.getMessage() + ")", archiveName);
        }
    }

    private static void refuseUnlessRegular(TarArchiveEntry entry, String archiveName) {
        String kind = entry.isSymbolicLink() ? "a symbolic link"
                : entry.isLink() ? "a hard link"
                : entry.isCharacterDevice() || entry.isBlockDevice() ? "a device"
                : entry.isFIFO() ? "a named pipe"
                : entry.isDirectory() ? "a directory"
                : !entry.isFile() || entry.isSparse() ? "not a regular file"
                : null;
        if (kind != null) {
            throw Refusal.ofPackage("not-regular-file", archiveName + " holds '" + entry.getName() + "', which is " + kind
                    + "; only regular files are allowed", archiveName, entry.getName());
        }
    }
}
