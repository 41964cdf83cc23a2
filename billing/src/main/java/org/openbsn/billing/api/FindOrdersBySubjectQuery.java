package org.openbsn.billing.api;

/** Asks for every order of an application (or licence), newest first. */
public record FindOrdersBySubjectQuery(String subjectId) {
}
