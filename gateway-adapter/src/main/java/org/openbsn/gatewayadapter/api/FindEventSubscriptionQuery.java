package org.openbsn.gatewayadapter.api;

/** One subscription by its eventId, removed or not. */
public record FindEventSubscriptionQuery(String eventId) {
}
