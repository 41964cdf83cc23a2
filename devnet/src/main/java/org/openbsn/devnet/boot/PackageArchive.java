package org.openbsn.devnet.boot;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.openbsn.infra.error.DomainException;

/**
 * Reads an uploaded (so untrusted) marketplace package: checks its SHA-256 against the Fabric package id, and takes out
 * only {@code code.tar.gz} and, from it, only {@code chaincode.jar}, as regular files under a size cap. No name from the
 * archive ever becomes a path; everything else in it is skipped unread.
 */
final class PackageArchive {

    /** Fabric's package id: a label, a colon, the hex SHA-256 of the package file. */
    static final Pattern FABRIC_PACKAGE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.+-]{0,127}:([0-9a-f]{64})");
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    private static final long MAX_UNPACKED_BYTES = 2 * MAX_ENTRY_BYTES;

    private PackageArchive() {
    }

    /** The hex SHA-256 a Fabric package id names, or a refusal when the id is not one. */
    static String hashOf(String fabricPackageId) {
        var matcher = fabricPackageId == null ? null : FABRIC_PACKAGE_ID.matcher(fabricPackageId);
        if (matcher == null || !matcher.matches()) {
            throw new DomainException("chaincode.package-id", "'" + fabricPackageId
                    + "' is not a Fabric package id (label:sha256)", String.valueOf(fabricPackageId));
        }
        return matcher.group(1);
    }

    /** Writes the package's chaincode.jar to {@code target} (atomically), after checking the file is the id's package. */
    static void extractChaincodeJar(String fabricPackageId, byte[] packageFile, Path target) {
        String expected = hashOf(fabricPackageId);
        String actual = sha256(packageFile);
        if (!expected.equals(actual)) {
            throw new DomainException("chaincode.package-hash", "The file of package " + fabricPackageId
                    + " does not match its id: its SHA-256 is " + actual, fabricPackageId, actual);
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            byte[] code = entry(new ByteArrayInputStream(packageFile), "code.tar.gz", fabricPackageId);
            try (InputStream codeTar = new ByteArrayInputStream(code)) {
                streamEntry(codeTar, "chaincode.jar", fabricPackageId, partial);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException unreadable) {
            throw new DomainException("chaincode.package-unreadable", "Package " + fabricPackageId
                    + " cannot be read as a ccaas package: " + unreadable.getMessage(), fabricPackageId);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover partial file is overwritten by the next attempt
            }
        }
    }

    private static byte[] entry(InputStream gzipped, String name, String packageId) throws IOException {
        try (TarReader tar = new TarReader(gzipped)) {
            while (tar.next()) {
                if (tar.isRegularFile(name)) {
                    return tar.readCapped(packageId, name);
                }
            }
        }
        throw missing(name, packageId);
    }

    private static void streamEntry(InputStream gzipped, String name, String packageId, Path target) throws IOException {
        try (TarReader tar = new TarReader(gzipped)) {
            while (tar.next()) {
                if (tar.isRegularFile(name)) {
                    try (OutputStream out = Files.newOutputStream(target)) {
                        tar.copyCapped(packageId, name, out);
                    }
                    return;
                }
            }
        }
        throw missing(name, packageId);
    }

    private static DomainException missing(String name, String packageId) {
        return new DomainException("chaincode.package-entry-missing", "Package " + packageId + " holds no " + name
                + "; a marketplace package carries code.tar.gz with connection.json and chaincode.jar", packageId, name);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A ustar reader over a gzip stream, bounded in what it will ever decompress. */
    private static final class TarReader implements AutoCloseable {

        private final InputStream in;
        private String name;
        private char type;
        private long size;
        private long unread;

        TarReader(InputStream gzipped) throws IOException {
            this.in = new Bounded(new GZIPInputStream(gzipped), MAX_UNPACKED_BYTES);
        }

        boolean next() throws IOException {
            skip(unread + padding(size));
            byte[] header = in.readNBytes(512);
            if (header.length < 512 || isZero(header)) {
                return false;
            }
            if ((header[124] & 0x80) != 0) {
                throw new IOException("an entry's size is in base-256, which packages never need");
            }
            String prefix = text(header, 345, 155);
            name = (prefix.isEmpty() ? "" : prefix + "/") + text(header, 0, 100);
            type = (char) header[156];
            String octal = text(header, 124, 12).trim();
            try {
                size = octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
            } catch (NumberFormatException malformed) {
                throw new IOException("an entry's size is not a number");
            }
            unread = size;
            return true;
        }

        boolean isRegularFile(String wanted) {
            return (type == '0' || type == 0) && (name.equals(wanted) || name.equals("./" + wanted));
        }

        byte[] readCapped(String packageId, String entry) throws IOException {
            tooLarge(packageId, entry);
            byte[] bytes = in.readNBytes((int) size);
            unread -= bytes.length;
            if (bytes.length < size) {
                throw new IOException(entry + " ends early");
            }
            return bytes;
        }

        void copyCapped(String packageId, String entry, OutputStream out) throws IOException {
            tooLarge(packageId, entry);
            byte[] buffer = new byte[64 * 1024];
            while (unread > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, unread));
                if (read < 0) {
                    throw new IOException(entry + " ends early");
                }
                out.write(buffer, 0, read);
                unread -= read;
            }
        }

        private void tooLarge(String packageId, String entry) {
            if (size > MAX_ENTRY_BYTES) {
                throw new DomainException("chaincode.package-too-large", entry + " in package " + packageId + " has "
                        + size + " bytes; at most " + MAX_ENTRY_BYTES + " are run", packageId, entry, MAX_ENTRY_BYTES);
            }
        }

        private void skip(long bytes) throws IOException {
            in.skipNBytes(Math.min(bytes, Long.MAX_VALUE));
        }

        private static long padding(long size) {
            return (512 - size % 512) % 512;
        }

        private static boolean isZero(byte[] block) {
            for (byte b : block) {
                if (b != 0) {
                    return false;
                }
            }
            return true;
        }

        private static String text(byte[] header, int offset, int length) {
            int end = offset;
            while (end < offset + length && header[end] != 0) {
                end++;
            }
            return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Refuses to read past a limit, so a small gzip cannot unpack into an endless stream. */
    private static final class Bounded extends FilterInputStream {

        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                throw new IOException("it unpacks to more than " + MAX_UNPACKED_BYTES + " bytes");
            }
            int read = super.read(buffer, offset, (int) Math.min(length, left));
            if (read > 0) {
                left -= read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] sink = new byte[8192];
            long skipped = 0;
            while (skipped < n) {
                int read = read(sink, 0, (int) Math.min(sink.length, n - skipped));
                if (read < 0) {
                    break;
                }
                skipped += read;
            }
            return skipped;
        }
    }
}
