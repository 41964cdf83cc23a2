package org.openbsn.applications.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.openbsn.applications.api.AllocatedPeer;
import org.openbsn.applications.api.ApplicationDesign;
import org.openbsn.applications.api.ApplicationStatus;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.applications.api.ChaincodeUpgradeView;
import org.openbsn.applications.api.ParticipantView;
import org.openbsn.applications.api.PublishingStepView;
import org.openbsn.infra.error.Reason;

/** The stored form of an {@link ApplicationView}, changed in place by the projection's handlers. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class ApplicationDocument {

    String applicationId;
    String publisherId;
    String appCode;
    ApplicationDesign design;
    ApplicationStatus status;
    Reason statusReason;
    String orderId;
    String channelId;
    String clusterId;
    List<AllocatedPeer> peers = new ArrayList<>();
    List<PublishingStepView> progress = new ArrayList<>();
    List<ParticipantView> participants = new ArrayList<>();
    Instant createdAt;
    Instant liveAt;
    Instant expiresAt;
    ChaincodeUpgradeView upgrade;

    ApplicationView view(long version) {
        return new ApplicationView(applicationId, publisherId, appCode, design, status, statusReason, orderId, channelId,
                clusterId, List.copyOf(peers), List.copyOf(progress), List.copyOf(participants), createdAt, liveAt,
                expiresAt, version);
    }

    void putParticipant(ParticipantView participant) {
        participants.removeIf(existing -> existing.accountId().equals(participant.accountId()));
        participants.add(participant);
    }
}
