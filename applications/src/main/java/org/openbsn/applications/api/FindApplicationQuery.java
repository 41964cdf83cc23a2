package org.openbsn.applications.api;

/** Asks for one application. */
public record FindApplicationQuery(String applicationId) {
}
