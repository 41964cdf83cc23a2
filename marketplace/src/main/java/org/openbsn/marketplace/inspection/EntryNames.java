package org.openbsn.marketplace.inspection;

import java.util.HashSet;
import java.util.Set;

/** The names inside one archive: each safe to unpack (no traversal, no absolute path), none twice, not too many. */
final class EntryNames {

    private final String archive;
    private final int maxEntries;
    private final Set<String> seen = new HashSet<>();

    EntryNames(String archive, int maxEntries) {
        this.archive = archive;
        this.maxEntries = maxEntries;
    }

    void accept(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")) {
            throw Refusal.ofPackage("unsafe-path", archive + " holds the entry '" + name
                    + "' with an absolute path or a backslash; only relative paths are allowed", archive, name);
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                throw Refusal.ofPackage("path-traversal", archive + " holds the entry '" + name
                        + "' that climbs out of the archive with '..'", archive, name);
            }
        }
        if (!seen.add(name)) {
            throw Refusal.ofPackage("duplicate-entry", archive + " holds the entry '" + name + "' twice", archive, name);
        }
        if (seen.size() > maxEntries) {
            throw Refusal.ofPackage("too-many-entries", archive + " holds more than " + maxEntries + " entries",
                    archive, maxEntries);
        }
    }
}
