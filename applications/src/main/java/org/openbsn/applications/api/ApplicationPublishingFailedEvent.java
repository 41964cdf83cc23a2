package org.openbsn.applications.api;

import org.openbsn.infra.error.Reason;

/** Publishing failed at a step, for this reason; the application is a draft again. */
public record ApplicationPublishingFailedEvent(String applicationId, String orderId, PublishingStep failedStep, Reason reason) {
}
