package org.openbsn.gatewayadapter.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret the gateway's private keys are sealed with: the configured one, or else a random one
 * made once in {@code <data dir>/gateway/key-secret}, readable by its owner only.
 */
public final class KeySecret {

    private static final Logger LOG = LoggerFactory.getLogger(KeySecret.class);
    private static final int SHORTEST_CONFIGURED = 16;

    private KeySecret() {
    }

    /** {@code configured} when it is set; otherwise the secret kept in {@code directory}, created on first use. */
    public static String resolve(String configured, Path directory) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < SHORTEST_CONFIGURED) {
                LOG.warn("bsn.gateway.key-secret is shorter than {} characters; use a long random value", SHORTEST_CONFIGURED);
            }
            return configured;
        }
        Path file = directory.resolve("key-secret");
        try {
            if (!Files.exists(file)) {
                create(directory, file);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("the gateway key secret in " + file + " cannot be read or created", e);
        }
    }

    private static void create(Path directory, Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
        try {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException anotherStartWasFirst) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
        LOG.warn("BSN_GATEWAY_KEY_SECRET (bsn.gateway.key-secret) is not set: the gateway's private keys are sealed with a"
                + " random secret created in {}. Back that file up with the database; every portal instance sharing the"
                + " database needs the same secret, so set BSN_GATEWAY_KEY_SECRET when running more than one.", file.toAbsolutePath());
    }
}
