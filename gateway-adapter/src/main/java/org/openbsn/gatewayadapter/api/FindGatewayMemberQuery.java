package org.openbsn.gatewayadapter.api;

/** The participant's membership of the application, if it was admitted. */
public record FindGatewayMemberQuery(String appCode, String userCode) {
}
