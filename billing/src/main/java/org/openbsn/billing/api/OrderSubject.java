package org.openbsn.billing.api;

/** What an order pays for and its id (an application id, a licence id). */
public record OrderSubject(SubjectKind kind, String subjectId) {
}
