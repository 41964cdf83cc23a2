package org.openbsn.applications.api;

import java.time.Instant;

/** The application is paid until {@code expiresAt}. */
public record ApplicationRenewedEvent(String applicationId, String orderId, Instant expiresAt) {
}
