package org.openbsn.fabric.config;

/**
 * How many of a channel's endorsing organisations must endorse a transaction: ANY, a MAJORITY (the default), ALL,
 * or at least {@code n}.
 */
public record EndorsementRule(Kind kind, int n) {

    /** The rule's kind; {@code AT_LEAST} uses {@link #n()}. */
    public enum Kind { ANY, MAJORITY, ALL, AT_LEAST }

    public static final EndorsementRule MAJORITY = new EndorsementRule(Kind.MAJORITY, 0);

    public EndorsementRule {
        if (kind == Kind.AT_LEAST && n < 1) {
            throw new IllegalArgumentException("an 'at least N' endorsement rule needs N of at least 1, not " + n);
        }
    }

    /** How many of {@code organisations} endorsing organisations this rule asks for. */
    public int required(int organisations) {
        if (kind == Kind.AT_LEAST && n > organisations) {
            throw new IllegalArgumentException("the endorsement rule asks for " + n + " organisations, but the channel has "
                    + organisations);
        }
        return switch (kind) {
            case ANY -> 1;
            case MAJORITY -> organisations / 2 + 1;
            case ALL -> organisations;
            case AT_LEAST -> n;
        };
    }
}
