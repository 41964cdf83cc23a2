package org.openbsn.applications.api;

import java.time.Instant;

/** A publishing step and when it finished. */
public record PublishingStepView(PublishingStep step, Instant at) {
}
