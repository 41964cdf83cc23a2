package org.openbsn.applications.api;

/** An application to join was turned down. */
public record ParticipantRejectedEvent(String applicationId, String accountId, String reason) {
}
