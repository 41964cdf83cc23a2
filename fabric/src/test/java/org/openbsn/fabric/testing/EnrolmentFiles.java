package org.openbsn.fabric.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A node owner's downloaded peer files, unpacked where the owner runs the peer. */
public final class EnrolmentFiles {

    private EnrolmentFiles() {
    }

    /** Unpacks the zip into {@code into} and answers the folder holding {@code msp/} and {@code tls/}. */
    public static Path unpack(byte[] zip, Path into) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path file = into.resolve(entry.getName()).normalize();
                if (!file.startsWith(into)) {
                    throw new IllegalArgumentException("the zip names a file outside its folder: " + entry.getName());
                }
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
            return into.resolve("peer");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
