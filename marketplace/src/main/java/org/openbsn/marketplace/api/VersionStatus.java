package org.openbsn.marketplace.api;

/** Where a submitted version stands: being checked on devnet, failed that check, awaiting the operator, approved (listed) or rejected. */
public enum VersionStatus {
    CHECKING, CHECK_FAILED, AWAITING_REVIEW, APPROVED, REJECTED
}
