package org.openbsn.applications.api;

/** An upgrade did not finish, for {@code reason}; the application keeps its design, and its channel holds definition {@code committedSequence}. */
public record ChaincodeUpgradeFailedEvent(String applicationId, String fabricPackageId, String reason,
                                          int committedSequence) {
}
