package org.openbsn.billing.api;

/** A payee's payouts, newest first. */
public record FindPayoutsQuery(String payeeId) {
}
