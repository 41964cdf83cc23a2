package org.openbsn.orderingbridge.api;

import java.util.List;

/** The application's channel exists on its ordering cluster. */
public record ChannelCreatedEvent(String channelId, String applicationId, String clusterId, List<String> memberMspIds) {
}
