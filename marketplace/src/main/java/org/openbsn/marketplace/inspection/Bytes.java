package org.openbsn.marketplace.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads an entry into memory, refusing it once it passes its own limit (whatever its header claimed). */
final class Bytes {

    private Bytes() {
    }

    static byte[] readAtMost(InputStream in, long max, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                throw Refusal.ofPackage("entry-too-large", what + " is larger than " + max + " bytes (the limit)",
                        what, max);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
