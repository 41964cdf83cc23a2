package org.openbsn.gatewayadapter.api;

/** The registered user {@code name} of the application, if any. */
public record FindGatewayUserQuery(String appCode, String name) {
}
