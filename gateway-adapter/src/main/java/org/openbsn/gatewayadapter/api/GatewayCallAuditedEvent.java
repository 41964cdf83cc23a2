package org.openbsn.gatewayadapter.api;

/**
 * One call through the gateway: who made it (and as which user, {@code ""} for the participant's
 * own identity), to which application, function and path, whether the roles allowed it, the
 * transaction id ({@code ""} when none was made) and what happened. Events stored before
 * {@code path} existed read it as {@code ""}.
 */
public record GatewayCallAuditedEvent(String appCode, String userCode, String userName, String function,
                                      boolean allowed, String transactionId, String outcome, String path) {

    public GatewayCallAuditedEvent {
        path = path == null ? "" : path;
    }

    /** A call recorded without its path. */
    public GatewayCallAuditedEvent(String appCode, String userCode, String userName, String function, boolean allowed,
                                   String transactionId, String outcome) {
        this(appCode, userCode, userName, function, allowed, transactionId, outcome, "");
    }
}
