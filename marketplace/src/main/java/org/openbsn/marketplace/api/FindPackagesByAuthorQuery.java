package org.openbsn.marketplace.api;

/** An author's packages, newest first. */
public record FindPackagesByAuthorQuery(String authorId) {
}
