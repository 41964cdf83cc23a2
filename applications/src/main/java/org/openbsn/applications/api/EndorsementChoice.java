package org.openbsn.applications.api;

/**
 * How many of the application's city-node organisations must endorse a transaction: ANY one, a MAJORITY (the
 * default), ALL, or AT_LEAST {@code n}; {@code n} counts only for AT_LEAST.
 */
public record EndorsementChoice(Kind kind, int n) {

    /** The publisher's choice. */
    public enum Kind {
        ANY, MAJORITY, ALL, AT_LEAST
    }

    public EndorsementChoice {
        kind = kind == null ? Kind.MAJORITY : kind;
        n = kind == Kind.AT_LEAST ? n : 0;
    }

    /** More than half of the organisations: every design starts with it, and designs saved before the choice read as it. */
    public static EndorsementChoice majority() {
        return new EndorsementChoice(Kind.MAJORITY, 0);
    }

    public static EndorsementChoice atLeast(int n) {
        return new EndorsementChoice(Kind.AT_LEAST, n);
    }
}
