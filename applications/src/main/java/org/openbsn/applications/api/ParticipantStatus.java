package org.openbsn.applications.api;

/** Where a participant stands in an application. */
public enum ParticipantStatus {
    INVITED, APPLIED, MEMBER, REJECTED
}
