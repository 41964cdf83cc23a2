package org.openbsn.applications.api;

/** Asks for every application past its draft, for operators, newest first. */
public record FindAllApplicationsQuery() {
}
