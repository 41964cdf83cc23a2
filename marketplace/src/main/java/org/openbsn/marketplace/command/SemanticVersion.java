package org.openbsn.marketplace.command;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A version as MAJOR.MINOR.PATCH with an optional -pre-release; a pre-release sorts before its release. */
record SemanticVersion(long major, long minor, long patch, String preRelease) implements Comparable<SemanticVersion> {

    private static final Pattern FORMAT = Pattern.compile(
            "(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");

    /** The version, or empty when {@code text} is not a semantic version. */
    static Optional<SemanticVersion> parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SemanticVersion(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3)), m.group(4) == null ? "" : m.group(4)));
    }

    @Override
    public int compareTo(SemanticVersion other) {
        int c = Long.compare(major, other.major);
        c = c != 0 ? c : Long.compare(minor, other.minor);
        c = c != 0 ? c : Long.compare(patch, other.patch);
        if (c != 0 || preRelease.equals(other.preRelease)) {
            return c;
        }
        if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
            return preRelease.isEmpty() ? 1 : -1;
        }
        return comparePreRelease(preRelease.split("\\."), other.preRelease.split("\\."));
    }

    private static int comparePreRelease(String[] a, String[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            boolean aNumeric = a[i].matches("\\d+");
            boolean bNumeric = b[i].matches("\\d+");
            int c = aNumeric && bNumeric ? new BigInteger(a[i]).compareTo(new BigInteger(b[i]))
                    : aNumeric ? -1 : bNumeric ? 1 : a[i].compareTo(b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + preRelease);
    }
}
