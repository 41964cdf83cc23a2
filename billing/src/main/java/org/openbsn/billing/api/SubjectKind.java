package org.openbsn.billing.api;

/** What an order pays for. */
public enum SubjectKind {
    APPLICATION, APPLICATION_RENEWAL, LICENCE
}
