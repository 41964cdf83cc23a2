package org.openbsn.gatewayadapter.api;

/** The user {@code name} of the application holds this client certificate (CN name@appCode) of {@code mspId}. */
public record GatewayUserEnrolledEvent(String appCode, String name, String mspId, String certificatePem) {
}
