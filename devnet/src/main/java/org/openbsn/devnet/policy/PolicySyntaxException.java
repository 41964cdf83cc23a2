package org.openbsn.devnet.policy;

/** A policy text that does not parse: what is wrong and where (1-based character position). */
public final class PolicySyntaxException extends IllegalArgumentException {

    private final int position;

    PolicySyntaxException(String problem, int position) {
        super(problem + " at position " + position);
        this.position = position;
    }

    /** The 1-based position in the policy text where the problem was found. */
    public int position() {
        return position;
    }
}
