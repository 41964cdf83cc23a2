package org.openbsn.applications.api;

/** Asks for the live applications an account could apply to. */
public record FindLiveApplicationsQuery() {
}
