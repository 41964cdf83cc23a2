package org.openbsn.applications.api;

import java.util.List;

/** The application is suspended for this reason. */
public record ApplicationSuspendedEvent(String applicationId, String appCode, List<NodeResources> nodes, String reason) {
}
