package org.openbsn.applications.api;

/** A publishing step finished. */
public record PublishingProgressedEvent(String applicationId, PublishingStep step) {
}
