package org.openbsn.applications.api;

import java.util.List;

/** The application is retired; what it held on these nodes is released. */
public record ApplicationRetiredEvent(String applicationId, String appCode, List<NodeResources> nodes) {
}
