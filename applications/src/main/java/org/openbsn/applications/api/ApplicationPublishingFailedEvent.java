package org.openbsn.applications.api;

/** Publishing failed at a step, for this reason; the application is a draft again. */
public record ApplicationPublishingFailedEvent(String applicationId, String orderId, PublishingStep failedStep, String reason) {
}
