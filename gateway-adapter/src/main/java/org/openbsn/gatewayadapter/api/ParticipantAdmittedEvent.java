package org.openbsn.gatewayadapter.api;

import java.util.List;

/** A participant may call the application with these roles (replacing any it had). */
public record ParticipantAdmittedEvent(String appCode, String userCode, List<String> roles) {
}
