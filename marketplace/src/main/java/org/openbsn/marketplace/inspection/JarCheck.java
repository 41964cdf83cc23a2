package org.openbsn.marketplace.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Enumeration;
import java.util.jar.Manifest;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Checks the author's {@code chaincode.jar} the way {@code java -jar} will read it (by its central directory): every
 * entry safe and counted as it is inflated, and {@code META-INF/MANIFEST.MF} naming a {@code Main-Class}.
 */
final class JarCheck {

    static final String JAR = "chaincode.jar";
    /** A fat jar holds the chaincode shim and its libraries: many more entries than an archive of files. */
    static final int MAX_JAR_ENTRIES = 100_000;
    private static final String WHERE = "code.tar.gz/" + JAR;

    private JarCheck() {
    }

    /** The jar's Main-Class. */
    static String check(byte[] jar, UnpackBudget budget) {
        if (jar.length < 4 || jar[0] != 'P' || jar[1] != 'K') {
            throw Refusal.ofPackage("jar-not-zip", WHERE + " is not a jar (zip) file", WHERE);
        }
        EntryNames names = new EntryNames(WHERE, MAX_JAR_ENTRIES);
        String mainClass = null;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(jar)).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                names.accept(entry.getName());
                if (entry.isUnixSymlink()) {
                    throw Refusal.ofPackage("not-regular-file", WHERE + " holds '" + entry.getName()
                            + "', which is a symbolic link; only regular files are allowed", WHERE, entry.getName());
                }
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream content = budget.count(zip.getInputStream(entry), WHERE + "/" + entry.getName(),
                        Math.min(Math.max(entry.getCompressedSize(), 0), jar.length))) {
                    if (entry.getName().equals("META-INF/MANIFEST.MF")) {
                        mainClass = new Manifest(content).getMainAttributes().getValue("Main-Class");
                    }
                    content.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw Refusal.ofPackage("jar-unreadable", WHERE + " is truncated or not a valid jar (" + e.getMessage() + ")",
                    WHERE);
        }
        if (mainClass == null || mainClass.isBlank()) {
            throw Refusal.ofPackage("jar-no-main-class", WHERE
                    + " has no META-INF/MANIFEST.MF naming a Main-Class, so it cannot be run with java -jar", WHERE);
        }
        return mainClass.strip();
    }
}
