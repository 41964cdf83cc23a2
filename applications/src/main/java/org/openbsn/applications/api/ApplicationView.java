package org.openbsn.applications.api;

import java.time.Instant;
import java.util.List;

import org.openbsn.infra.error.Reason;

/** An application as the portal shows it; {@code version} is the last event the view reflects. */
public record ApplicationView(String applicationId, String publisherId, String appCode, ApplicationDesign design,
                              ApplicationStatus status, Reason statusReason, String orderId, String channelId,
                              String clusterId, List<AllocatedPeer> peers, List<PublishingStepView> progress,
                              List<ParticipantView> participants, Instant createdAt, Instant liveAt, Instant expiresAt,
                              long version) {
}
