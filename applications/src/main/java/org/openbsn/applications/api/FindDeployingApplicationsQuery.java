package org.openbsn.applications.api;

/** Asks for every application that is being published now. */
public record FindDeployingApplicationsQuery() {
}
