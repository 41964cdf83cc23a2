package org.openbsn.applications.api;

/** An account asked to join with a role. */
public record ParticipantAppliedEvent(String applicationId, String accountId, String role, String note) {
}
