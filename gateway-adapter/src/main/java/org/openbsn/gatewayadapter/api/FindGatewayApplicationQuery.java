package org.openbsn.gatewayadapter.api;

/** The application with this code, if the gateway knows it. */
public record FindGatewayApplicationQuery(String appCode) {
}
