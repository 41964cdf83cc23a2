package org.openbsn.applications.api;

import java.time.Instant;
import java.util.List;

/** A participant of an application, as its publisher sees it. */
public record ParticipantView(String accountId, ParticipantStatus status, List<String> roles, String note, Instant at) {
}
