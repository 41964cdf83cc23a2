package org.openbsn.gatewayadapter.api;

/**
 * One chaincode call through the gateway: who made it (and as which user, {@code ""} for the
 * participant's own identity), to which application and function, whether the roles allowed it,
 * the transaction id ({@code ""} when none was made) and what happened.
 */
public record GatewayCallAuditedEvent(String appCode, String userCode, String userName, String function,
                                      boolean allowed, String transactionId, String outcome) {
}
