package org.openbsn.applications.api;

import java.util.List;

/** The suspended application runs again with what it bought. */
public record ApplicationResumedEvent(String applicationId, String appCode, List<NodeResources> nodes) {
}
