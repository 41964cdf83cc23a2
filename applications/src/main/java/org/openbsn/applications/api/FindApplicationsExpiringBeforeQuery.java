package org.openbsn.applications.api;

import java.time.Instant;

/** Asks for the live applications whose paid period ends before {@code moment}. */
public record FindApplicationsExpiringBeforeQuery(Instant moment) {
}
