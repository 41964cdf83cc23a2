package org.openbsn.marketplace.command;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/** A package's aggregate id: one per author and manifest name (compared without case or surrounding blanks). */
public final class PackageIds {

    private PackageIds() {
    }

    public static String of(String authorId, String manifestName) {
        String key = authorId + "/" + manifestName.strip().toLowerCase(Locale.ROOT);
        return "pkg-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
