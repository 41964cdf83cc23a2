package org.openbsn.applications.api;

/** Where an application stands in its life. */
public enum ApplicationStatus {
    DRAFT, AWAITING_PAYMENT, DEPLOYING, LIVE, SUSPENDED, EXPIRED, RETIRED
}
