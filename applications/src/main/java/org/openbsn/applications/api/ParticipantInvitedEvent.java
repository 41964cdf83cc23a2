package org.openbsn.applications.api;

import java.util.List;

/** An account is invited with these roles and becomes a member when it accepts. */
public record ParticipantInvitedEvent(String applicationId, String accountId, List<String> roles) {
}
