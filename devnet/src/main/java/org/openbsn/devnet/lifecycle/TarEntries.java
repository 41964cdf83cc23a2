package org.openbsn.devnet.lifecycle;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * The entries of a gzip-compressed ustar archive read as untrusted input: decompression stops at a byte budget
 * (so a small archive cannot unpack into an endless stream), and each entry is read only up to its own size.
 */
final class TarEntries implements AutoCloseable {

    private final InputStream in;
    private String name;
    private char type;
    private long size;
    private long unread;

    /** The archive in {@code gzipped}, of which at most {@code budget} decompressed bytes are ever read. */
    TarEntries(InputStream gzipped, long budget) throws IOException {
        this.in = new Budget(new GZIPInputStream(gzipped), budget);
    }

    /** Moves to the next entry; false at the end of the archive. */
    boolean next() throws IOException {
        in.skipNBytes(unread + (512 - size % 512) % 512);
        unread = 0;
        size = 0;
        byte[] header = in.readNBytes(512);
        if (header.length < 512 || isZero(header)) {
            return false;
        }
        if ((header[124] & 0x80) != 0) {
            throw new IOException("an entry's size is written in base-256, which a chaincode package never needs");
        }
        String prefix = text(header, 345, 155);
        name = (prefix.isEmpty() ? "" : prefix + "/") + text(header, 0, 100);
        type = (char) header[156];
        String octal = text(header, 124, 12).trim();
        try {
            size = octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
        } catch (NumberFormatException malformed) {
            throw new IOException("the size of entry '" + name + "' is not a number");
        }
        unread = size;
        return true;
    }

    /** The entry's name as written, without a leading {@code ./}. */
    String name() {
        return name.startsWith("./") ? name.substring(2) : name;
    }

    boolean isRegularFile() {
        return type == '0' || type == 0;
    }

    boolean isDirectory() {
        return type == '5';
    }

    long size() {
        return size;
    }

    /** The entry's whole content, refused when it is larger than {@code limit} bytes. */
    byte[] read(long limit) throws IOException {
        if (size > limit) {
            throw new IOException("entry '" + name() + "' has " + size + " bytes; at most " + limit + " are accepted");
        }
        byte[] bytes = in.readNBytes((int) size);
        unread -= bytes.length;
        if (bytes.length < size) {
            throw new IOException("entry '" + name() + "' ends early");
        }
        return bytes;
    }

    /** The entry's content as a stream that ends where the entry ends. */
    InputStream content() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (unread <= 0) {
                    return -1;
                }
                int read = in.read(buffer, offset, (int) Math.min(length, unread));
                if (read < 0) {
                    throw new IOException("entry '" + name() + "' ends early");
                }
                unread -= read;
                return read;
            }

            @Override
            public void close() {
                // the archive stays open for its next entry
            }
        };
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
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Refuses to read past a budget of decompressed bytes. */
    private static final class Budget extends FilterInputStream {

        private final long budget;
        private long left;

        Budget(InputStream in, long budget) {
            super(in);
            this.budget = budget;
            this.left = budget;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                throw new IOException("it unpacks to more than " + budget + " bytes");
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
