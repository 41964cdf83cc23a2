package org.openbsn.applications.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.applications.api.*;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.testing.TestDatabase;
import org.openbsn.noderegistry.api.Capacity;

/** The applications read model fed event by event against the real PostgreSQL. */
class ApplicationProjectionTest {

    private static final Instant CREATED = Instant.parse("2026-11-23T08:00:00Z");

    private final TestDatabase db = TestDatabase.get();
    private ApplicationProjection projection;
    private String applicationId;
    private String publisher;
    private ApplicationDesign design;

    @BeforeEach
    void setUp() {
        projection = new ApplicationProjection(db.jdbc(), new ObjectMapper(), SimpleQueryUpdateEmitter.builder().build());
        applicationId = UUID.randomUUID().toString();
        publisher = "publisher-" + applicationId;
        design = ApplicationDesign.draft("Trade finance", "Letters of credit")
                .withNodes(List.of(new NodeResources("node-a", new Capacity(10, 5, 2))));
        projection.on(new ApplicationDraftSavedEvent(applicationId, publisher, design), 0, CREATED);
    }

    @Test
    void showsTheDraftToItsPublisherWithEverythingItSays() {
        assertThat(projection.handle(new FindPublisherApplicationsQuery(publisher)))
                .singleElement()
                .satisfies(view -> {
                    assertThat(view.design()).isEqualTo(design);
                    assertThat(view.status()).isEqualTo(ApplicationStatus.DRAFT);
                    assertThat(view.createdAt()).isEqualTo(CREATED);
                });
    }

    @Test
    void followsPublishingStepByStepUntilLive() {
        projection.on(new ApplicationOrderSubmittedEvent(applicationId, "order-1"), 1);
        projection.on(new ApplicationPaidEvent(applicationId, publisher, "order-1", "appx", "chappx", design), 2);
        projection.on(new PublishingProgressedEvent(applicationId, PublishingStep.PAYMENT_CONFIRMED), 3, CREATED.plusSeconds(1));
        projection.on(new PublishingProgressedEvent(applicationId, PublishingStep.CAPACITY_RESERVED), 4, CREATED.plusSeconds(2));
        ApplicationView deploying = projection.handle(new FindApplicationQuery(applicationId)).orElseThrow();
        assertThat(deploying.status()).isEqualTo(ApplicationStatus.DEPLOYING);
        assertThat(deploying.progress()).extracting(PublishingStepView::step)
                .containsExactly(PublishingStep.PAYMENT_CONFIRMED, PublishingStep.CAPACITY_RESERVED);

        Instant expires = CREATED.plusSeconds(3600);
        projection.on(new ApplicationWentLiveEvent(applicationId, "appx", "chappx", "cluster-1",
                List.of(new AllocatedPeer("node-a", "peer0", false)), expires), 5, CREATED.plusSeconds(3));
        ApplicationView live = projection.handle(new FindApplicationQuery(applicationId)).orElseThrow();
        assertThat(live.status()).isEqualTo(ApplicationStatus.LIVE);
        assertThat(live.peers()).containsExactly(new AllocatedPeer("node-a", "peer0", false));
        assertThat(live.version()).isEqualTo(5);
        assertThat(projection.handle(new FindApplicationsExpiringBeforeQuery(expires.plusSeconds(1)))).contains(applicationId);
        assertThat(projection.handle(new FindApplicationsExpiringBeforeQuery(expires.minusSeconds(1)))).doesNotContain(applicationId);
    }

    @Test
    void aFailedPublishingShowsTheDraftAgainWithTheReason() {
        projection.on(new ApplicationOrderSubmittedEvent(applicationId, "order-1"), 1);
        projection.on(new ApplicationPaidEvent(applicationId, publisher, "order-1", "appx", "chappx", design), 2);
        projection.on(new ApplicationPublishingFailedEvent(applicationId, "order-1", PublishingStep.CAPACITY_RESERVED,
                Reason.of("node.reservation-does-not-fit", "The reservation does not fit", 40, 0, 0)), 3);
        ApplicationView failed = projection.handle(new FindApplicationQuery(applicationId)).orElseThrow();
        assertThat(failed.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(failed.statusReason().key()).isEqualTo("reason.publishing.failed");
        assertThat(failed.statusReason().arguments()).extracting(Reason::key)
                .containsExactly("publish.step.CAPACITY_RESERVED", "node.reservation-does-not-fit");
        assertThat(failed.statusReason().text()).contains("CAPACITY_RESERVED", "does not fit", "refunded");
    }

    @Test
    void keepsEachParticipantOnceWithTheirLatestStanding() {
        projection.on(new ParticipantAppliedEvent(applicationId, "p1", "SysAdmin", "we trade"), 1, CREATED);
        projection.on(new ParticipantJoinedApplicationEvent(applicationId, "appx", "p1", List.of("SysAdmin")), 2, CREATED);
        assertThat(projection.handle(new FindApplicationQuery(applicationId)).orElseThrow().participants())
                .singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(ParticipantStatus.MEMBER));
    }
}
