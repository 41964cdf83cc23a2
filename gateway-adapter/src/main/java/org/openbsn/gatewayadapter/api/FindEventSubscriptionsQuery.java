package org.openbsn.gatewayadapter.api;

/** The active subscriptions a participant registered in an application, oldest first. */
public record FindEventSubscriptionsQuery(String appCode, String userCode) {
}
