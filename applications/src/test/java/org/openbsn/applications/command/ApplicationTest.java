package org.openbsn.applications.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.applications.api.*;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.infra.error.Reason;
import org.openbsn.noderegistry.api.Capacity;

class ApplicationTest {

    private static final String APP = "5f1c2d3e-aaaa-bbbb-cccc-000000000001";
    private static final String PUBLISHER = "publisher-1";

    private FixtureConfiguration<Application> fixture;
    private ApplicationDesign design;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Application.class);
        fixture.registerInjectableResource((PackageVersions) id -> Optional.empty()); // designs here run the base chaincode
        design = ApplicationDesign.draft("Trade finance", "Letters of credit")
                .withNodes(List.of(new NodeResources("node-a", new Capacity(10, 5, 2))));
    }

    @Test
    void savesADraft() {
        fixture.givenNoPriorActivity()
                .when(new SaveApplicationDraftCommand(APP, PUBLISHER, design))
                .expectEvents(new ApplicationDraftSavedEvent(APP, PUBLISHER, design));
    }

    @Test
    void refusesADraftWithAOneLetterName() {
        fixture.givenNoPriorActivity()
                .when(new SaveApplicationDraftCommand(APP, PUBLISHER, ApplicationDesign.draft("X", "")))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void refusesARoleOverAFunctionThatIsNotDefined() {
        ApplicationDesign broken = new ApplicationDesign("Trade", "", List.of(), 1, ChainMode.PRIVATE,
                ManagementMode.CENTRALISED, CertificateMode.KEY_TRUST, design.chaincode(), design.functions(),
                List.of(new ApplicationRole("Clerk", List.of("set", "approve"))), EndorsementChoice.majority());
        assertThat(ApplicationRules.draftViolations(broken))
                .singleElement()
                .satisfies(violation -> assertThat(violation.englishMessage())
                        .isEqualTo("Role Clerk names function approve, which is not defined"));
    }

    @Test
    void onlyThePublisherEditsTheDraft() {
        fixture.given(new ApplicationDraftSavedEvent(APP, PUBLISHER, design))
                .when(new SaveApplicationDraftCommand(APP, "someone-else", design))
                .expectException(DomainException.class)
                .expectExceptionMessage("Only the application's publisher may do this");
    }

    @Test
    void refusesToOrderADraftWithoutNodes() {
        fixture.given(new ApplicationDraftSavedEvent(APP, PUBLISHER, ApplicationDesign.draft("Trade finance", "")))
                .when(new SubmitApplicationOrderCommand(APP, PUBLISHER, "order-1"))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void startsPublishingOnceWhenThePaymentIsConfirmedTwice() {
        fixture.given(new ApplicationDraftSavedEvent(APP, PUBLISHER, design),
                        new ApplicationOrderSubmittedEvent(APP, "order-1"))
                .when(new ConfirmApplicationPaymentCommand(APP, "order-1"))
                .expectEvents(new ApplicationPaidEvent(APP, PUBLISHER, "order-1", Application.appCodeOf(APP),
                        Application.channelIdOf(APP, "order-1"), design),
                        new PublishingProgressedEvent(APP, PublishingStep.PAYMENT_CONFIRMED));
        fixture.given(new ApplicationDraftSavedEvent(APP, PUBLISHER, design),
                        new ApplicationOrderSubmittedEvent(APP, "order-1"),
                        new ApplicationPaidEvent(APP, PUBLISHER, "order-1", Application.appCodeOf(APP),
                                Application.channelIdOf(APP, "order-1"), design))
                .when(new ConfirmApplicationPaymentCommand(APP, "order-1"))
                .expectNoEvents();
    }

    @Test
    void givesBackThePaymentOfAnOrderANewerOneReplaced() {
        fixture.given(new ApplicationDraftSavedEvent(APP, PUBLISHER, design),
                        new ApplicationOrderSubmittedEvent(APP, "order-1"),
                        new ApplicationOrderSubmittedEvent(APP, "order-2"))
                .when(new ConfirmApplicationPaymentCommand(APP, "order-1"))
                .expectEvents(new PaymentForReplacedOrderEvent(APP, "order-1"));
    }

    @Test
    void goesLiveForTheYearsBought() {
        fixture.given(paidApplication())
                .andGivenCurrentTime(Instant.parse("2026-11-23T10:00:00Z"))
                .when(new MarkApplicationLiveCommand(APP, "cluster-1", List.of(new AllocatedPeer("node-a", "peer0", false))))
                .expectEvents(new PublishingProgressedEvent(APP, PublishingStep.LIVE),
                        new ApplicationWentLiveEvent(APP, Application.appCodeOf(APP), Application.channelIdOf(APP, "order-1"),
                                "cluster-1", List.of(new AllocatedPeer("node-a", "peer0", false)),
                                Instant.parse("2027-11-23T10:00:00Z")));
    }

    @Test
    void aFailedPublishingMakesItADraftAgainOnce() {
        fixture.given(paidApplication())
                .when(new FailPublishingCommand(APP, PublishingStep.CHANNEL_CREATED, Reason.verbatim("devnet is down")))
                .expectEvents(new ApplicationPublishingFailedEvent(APP, "order-1", PublishingStep.CHANNEL_CREATED,
                        Reason.verbatim("devnet is down")));
    }

    @Test
    void anApplicantJoinsWhenThePublisherApprovesTheRole() {
        fixture.given(liveApplication())
                .andGiven(new ParticipantAppliedEvent(APP, "participant-1", ApplicationRole.SYS_ADMIN, "we trade"))
                .when(new ApproveParticipantCommand(APP, PUBLISHER, "participant-1", List.of(ApplicationRole.SYS_ADMIN)))
                .expectEvents(new ParticipantJoinedApplicationEvent(APP, Application.appCodeOf(APP), "participant-1",
                        List.of(ApplicationRole.SYS_ADMIN)));
    }

    @Test
    void anInviteeJoinsByAccepting() {
        fixture.given(liveApplication())
                .andGiven(new ParticipantInvitedEvent(APP, "participant-1", List.of(ApplicationRole.SYS_ADMIN)))
                .when(new AcceptInvitationCommand(APP, "participant-1"))
                .expectEvents(new ParticipantJoinedApplicationEvent(APP, Application.appCodeOf(APP), "participant-1",
                        List.of(ApplicationRole.SYS_ADMIN)));
    }

    @Test
    void refusesToApplyWithARoleTheApplicationDoesNotHave() {
        fixture.given(liveApplication())
                .when(new ApplyToApplicationCommand(APP, "participant-1", "Auditor", ""))
                .expectException(DomainException.class)
                .expectExceptionMessage("The application has no role Auditor");
    }

    @Test
    void nobodyJoinsADraft() {
        fixture.given(new ApplicationDraftSavedEvent(APP, PUBLISHER, design))
                .when(new ApplyToApplicationCommand(APP, "participant-1", ApplicationRole.SYS_ADMIN, ""))
                .expectException(DomainException.class)
                .expectExceptionMessage("The application cannot be joined while it is draft");
    }

    @Test
    void aRenewalPaidTwiceExtendsOnceFromTheCurrentExpiry() {
        List<Object> given = new ArrayList<>(liveApplication());
        given.add(new RenewalOrderedEvent(APP, "order-2", 2));
        fixture.given(given)
                .andGivenCurrentTime(Instant.parse("2027-06-01T00:00:00Z"))
                .when(new ConfirmRenewalPaymentCommand(APP, "order-2"))
                .expectEvents(new ApplicationRenewedEvent(APP, "order-2", Instant.parse("2029-11-23T10:00:00Z")));
        given.add(new ApplicationRenewedEvent(APP, "order-2", Instant.parse("2029-11-23T10:00:00Z")));
        fixture.given(given)
                .when(new ConfirmRenewalPaymentCommand(APP, "order-2"))
                .expectNoEvents();
    }

    @Test
    void expiresOnlyOnceThePaidPeriodHasEnded() {
        fixture.given(liveApplication())
                .andGivenCurrentTime(Instant.parse("2027-11-23T09:59:59Z"))
                .when(new ExpireApplicationCommand(APP))
                .expectNoEvents();
        fixture.given(liveApplication())
                .andGivenCurrentTime(Instant.parse("2027-11-23T10:00:00Z"))
                .when(new ExpireApplicationCommand(APP))
                .expectEvents(new ApplicationExpiredEvent(APP, Application.appCodeOf(APP), Instant.parse("2027-11-23T10:00:00Z")));
    }

    @Test
    void anExpiredApplicationRenewedGoesLiveFromNow() {
        List<Object> given = new ArrayList<>(liveApplication());
        given.add(new ApplicationExpiredEvent(APP, Application.appCodeOf(APP), Instant.parse("2027-11-23T10:00:00Z")));
        given.add(new RenewalOrderedEvent(APP, "order-3", 1));
        fixture.given(given)
                .andGivenCurrentTime(Instant.parse("2028-01-01T00:00:00Z"))
                .when(new ConfirmRenewalPaymentCommand(APP, "order-3"))
                .expectEvents(new ApplicationRenewedEvent(APP, "order-3", Instant.parse("2029-01-01T00:00:00Z")));
    }

    @Test
    void retiringGivesBackWhatTheNodesHeldOnceAndOnlyThePublisherMayDoIt() {
        fixture.given(liveApplication())
                .when(new RetireApplicationCommand(APP, "someone-else"))
                .expectException(DomainException.class);
        fixture.given(liveApplication())
                .when(new RetireApplicationCommand(APP, PUBLISHER))
                .expectEvents(new ApplicationRetiredEvent(APP, Application.appCodeOf(APP), design.nodes()));
        List<Object> retired = new ArrayList<>(liveApplication());
        retired.add(new ApplicationRetiredEvent(APP, Application.appCodeOf(APP), design.nodes()));
        fixture.given(retired)
                .when(new RetireApplicationCommand(APP, PUBLISHER))
                .expectNoEvents();
    }

    @Test
    void anOperatorSuspendsALiveApplicationWithAReasonAndResumesIt() {
        fixture.given(liveApplication())
                .when(new SuspendApplicationCommand(APP, "operator-1", " "))
                .expectException(DomainException.class)
                .expectExceptionMessage("Say why the application is suspended");
        fixture.given(liveApplication())
                .when(new SuspendApplicationCommand(APP, "operator-1", "unpaid electricity"))
                .expectEvents(new ApplicationSuspendedEvent(APP, Application.appCodeOf(APP), design.nodes(), "unpaid electricity"));
        List<Object> suspended = new ArrayList<>(liveApplication());
        suspended.add(new ApplicationSuspendedEvent(APP, Application.appCodeOf(APP), design.nodes(), "unpaid electricity"));
        fixture.given(suspended)
                .when(new ResumeApplicationCommand(APP, "operator-1"))
                .expectEvents(new ApplicationResumedEvent(APP, Application.appCodeOf(APP), design.nodes()));
        fixture.given(suspended)
                .when(new ApplyToApplicationCommand(APP, "participant-1", ApplicationRole.SYS_ADMIN, ""))
                .expectException(DomainException.class);
    }

    private List<Object> paidApplication() {
        return List.of(new ApplicationDraftSavedEvent(APP, PUBLISHER, design),
                new ApplicationOrderSubmittedEvent(APP, "order-1"),
                new ApplicationPaidEvent(APP, PUBLISHER, "order-1", Application.appCodeOf(APP), Application.channelIdOf(APP, "order-1"),
                        design));
    }

    private List<Object> liveApplication() {
        List<Object> events = new ArrayList<>(paidApplication());
        events.add(new ApplicationWentLiveEvent(APP, Application.appCodeOf(APP), Application.channelIdOf(APP, "order-1"), "cluster-1",
                List.of(), Instant.parse("2027-11-23T10:00:00Z")));
        return events;
    }
}
