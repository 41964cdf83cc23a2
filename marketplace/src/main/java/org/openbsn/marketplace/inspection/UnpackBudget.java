package org.openbsn.marketplace.inspection;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts every byte an upload unpacks to, across its nested archives, as it streams: the whole may not pass
 * {@code maxUnpacked}, and no single archive may expand more than {@value #MAX_RATIO} times its compressed size
 * (above a {@value #RATIO_FLOOR}-byte allowance, so that tiny archives padded by tar are not mistaken for bombs).
 * Header sizes are never trusted: reading stops at the limit.
 */
final class UnpackBudget {

    static final int MAX_RATIO = 100;
    static final long RATIO_FLOOR = 1024 * 1024;

    private final long maxUnpacked;
    private long unpacked;

    UnpackBudget(long maxUnpacked) {
        this.maxUnpacked = maxUnpacked;
    }

    /** A stream of what {@code archive} (of {@code compressedSize} bytes) unpacks to, counted against this budget. */
    InputStream count(InputStream unpacking, String archive, long compressedSize) {
        long ratioLimit = Math.max(RATIO_FLOOR, compressedSize * MAX_RATIO);
        return new FilterInputStream(unpacking) {
            private long fromThisArchive;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    add(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    add(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                byte[] discard = new byte[8192];
                long skipped = 0;
                while (skipped < n) {
                    int read = read(discard, 0, (int) Math.min(discard.length, n - skipped));
                    if (read < 0) {
                        break;
                    }
                    skipped += read;
                }
                return skipped;
            }

            private void add(long n) {
                fromThisArchive += n;
                unpacked += n;
                if (fromThisArchive > ratioLimit) {
                    throw Refusal.ofPackage("compression-ratio", archive + " expands more than " + MAX_RATIO
                            + " times its compressed size (" + compressedSize + " bytes); a decompression bomb is refused",
                            archive, MAX_RATIO);
                }
                if (unpacked > maxUnpacked) {
                    throw Refusal.ofPackage("unpacked-too-large", "the package unpacks to more than " + maxUnpacked
                            + " bytes (the limit; found while reading " + archive + ")", archive, maxUnpacked);
                }
            }
        };
    }
}
