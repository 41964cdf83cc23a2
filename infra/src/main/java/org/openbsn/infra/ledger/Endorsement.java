package org.openbsn.infra.ledger;

/**
 * How many of a channel's member organisations must endorse a transaction for it to be valid: ANY one, a MAJORITY
 * (Fabric's default), ALL, or AT_LEAST {@code n}; {@code n} counts only for AT_LEAST.
 */
public record Endorsement(Kind kind, int n) {

    /** The rule's kind. */
    public enum Kind {
        ANY, MAJORITY, ALL, AT_LEAST
    }

    public Endorsement {
        kind = kind == null ? Kind.MAJORITY : kind;
        n = kind == Kind.AT_LEAST ? n : 0;
    }

    /** More than half of the members, as Fabric does when nothing else is said. */
    public static Endorsement majority() {
        return new Endorsement(Kind.MAJORITY, 0);
    }

    /** How many of {@code members} organisations must endorse. */
    public int required(int members) {
        return switch (kind) {
            case ANY -> 1;
            case MAJORITY -> members / 2 + 1;
            case ALL -> members;
            case AT_LEAST -> n;
        };
    }
}
