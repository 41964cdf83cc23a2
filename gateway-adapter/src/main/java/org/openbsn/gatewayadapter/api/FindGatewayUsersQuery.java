package org.openbsn.gatewayadapter.api;

/** The users a participant registered in an application, by name. */
public record FindGatewayUsersQuery(String appCode, String userCode) {
}
