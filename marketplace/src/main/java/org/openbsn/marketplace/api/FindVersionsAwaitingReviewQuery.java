package org.openbsn.marketplace.api;

/** Every version that passed its automatic check and waits for an operator, oldest first. */
public record FindVersionsAwaitingReviewQuery() {
}
