package org.openbsn.applications.api;

import java.time.Instant;
import java.util.List;

/** The application is live until {@code expiresAt}. */
public record ApplicationWentLiveEvent(String applicationId, String appCode, String channelId, String clusterId,
                                       List<AllocatedPeer> peers, Instant expiresAt) {
}
