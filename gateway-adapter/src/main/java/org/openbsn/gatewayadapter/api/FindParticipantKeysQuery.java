package org.openbsn.gatewayadapter.api;

/** The participant's access key and default transaction identity, if it has any. */
public record FindParticipantKeysQuery(String userCode) {
}
