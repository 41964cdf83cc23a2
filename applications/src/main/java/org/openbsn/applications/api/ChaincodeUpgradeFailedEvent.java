package org.openbsn.applications.api;

import org.openbsn.infra.error.Reason;

/** An upgrade did not finish, for {@code reason}; the application keeps its design, and its channel holds definition {@code committedSequence}. */
public record ChaincodeUpgradeFailedEvent(String applicationId, String fabricPackageId, Reason reason,
                                          int committedSequence) {
}
