package org.openbsn.applications.api;

/** The draft now says this. */
public record ApplicationDraftSavedEvent(String applicationId, String publisherId, ApplicationDesign design) {
}
