package org.openbsn.applications.api;

import java.util.List;

/** An account is a member of the application with these roles and may call the gateway. */
public record ParticipantJoinedApplicationEvent(String applicationId, String appCode, String accountId, List<String> roles) {
}
