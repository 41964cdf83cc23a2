package org.openbsn.gatewayadapter.ledger;

import org.openbsn.infra.error.DomainException;

/** A ledger call that did not succeed, said in terms a person can act on. */
public class LedgerException extends DomainException {

    /** Why the call failed. */
    public enum Reason {
        /** The chaincode refused the request; its message says why. */
        CHAINCODE_REFUSED("error.ledger.chaincode-refused"),
        /** Another transaction changed the same data first; trying again usually succeeds. */
        CONFLICT("error.ledger.conflict"),
        /** The organisations that must approve did not all approve. */
        ENDORSEMENT_FAILED("error.ledger.endorsement-failed"),
        /** The identity may not do this on the channel. */
        DENIED("error.ledger.denied"),
        /** The network did not answer in time or could not be reached. */
        UNAVAILABLE("error.ledger.unavailable"),
        /** The transaction was not committed for another reason (its validation code says which). */
        NOT_COMMITTED("error.ledger.not-committed");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Reason reason;
    private final String transactionId;

    public LedgerException(Reason reason, String detail) {
        this(reason, detail, "");
    }

    /** A failure of the transaction {@code transactionId} ({@code ""} when none was made). */
    public LedgerException(Reason reason, String detail, String transactionId) {
        super(reason.messageKey, reason + ": " + detail, detail);
        this.reason = reason;
        this.transactionId = transactionId == null ? "" : transactionId;
    }

    public Reason reason() {
        return reason;
    }

    /** The transaction that failed, or {@code ""} when the failure came before one was made. */
    public String transactionId() {
        return transactionId;
    }

    /**
     * The failure in a sentence for the caller of the smart gateway: that the chaincode refused, that
     * the channel refused the identity that signed, or that the ledger could not be reached, with
     * the chaincode's or the network's own words.
     */
    public String explained() {
        String why = switch (reason) {
            case CHAINCODE_REFUSED -> "the chaincode refused the call";
            case CONFLICT -> "another transaction changed the same data first; try again";
            case ENDORSEMENT_FAILED -> "the organisations that must endorse the call did not all endorse it";
            case DENIED -> "the application's channel refused the identity that signed the call";
            case UNAVAILABLE -> "the ledger could not be reached";
            case NOT_COMMITTED -> "the transaction was not committed";
        };
        return why + ": " + detail() + (transactionId.isEmpty() ? "" : " (transaction " + transactionId + ")");
    }

    /** What the chaincode or the network said, without the transport's wording. */
    public String detail() {
        return (String) arguments().get(0);
    }
}
