package org.openbsn.applications.api;

import java.time.Instant;

/** The application's paid period ended; it can be renewed. */
public record ApplicationExpiredEvent(String applicationId, String appCode, Instant expiredAt) {
}
