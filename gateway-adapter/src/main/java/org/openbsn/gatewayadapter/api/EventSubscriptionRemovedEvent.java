package org.openbsn.gatewayadapter.api;

/** A subscription ended: nothing more is sent to its notify URL. */
public record EventSubscriptionRemovedEvent(String eventId, String appCode, String userCode) {
}
