package org.openbsn.applications.api;

/** Asks for the applications a publisher owns, newest first. */
public record FindPublisherApplicationsQuery(String publisherId) {
}
