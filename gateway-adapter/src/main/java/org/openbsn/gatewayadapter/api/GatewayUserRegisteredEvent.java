package org.openbsn.gatewayadapter.api;

/** A participant registered the user {@code name} of the application; its secret's hash is kept outside the event store. */
public record GatewayUserRegisteredEvent(String appCode, String userCode, String name) {
}
