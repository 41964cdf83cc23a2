package org.openbsn.applications.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.applications.api.*;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.noderegistry.api.Capacity;

/** A design asks between 1 and as many organisations to endorse as it has city nodes, and keeps asking no more. */
class EndorsementRuleTest {

    private static final String APP = "5f1c2d3e-aaaa-bbbb-cccc-000000000002";
    private static final String PUBLISHER = "publisher-1";
    private static final NodeResources NODE_A = new NodeResources("node-a", new Capacity(10, 5, 2));
    private static final NodeResources NODE_B = new NodeResources("node-b", new Capacity(10, 5, 2));

    private FixtureConfiguration<Application> fixture;
    private ApplicationDesign twoNodes;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Application.class);
        fixture.registerInjectableResource((PackageVersions) id -> Optional.empty());
        twoNodes = ApplicationDesign.draft("Trade finance", "").withNodes(List.of(NODE_A, NODE_B));
    }

    @Test
    void aNewDraftIsEndorsedByAMajority() {
        assertThat(ApplicationDesign.draft("Trade finance", "").endorsement()).isEqualTo(EndorsementChoice.majority());
    }

    @Test
    void savesADraftAskingAsManyOrganisationsAsItHasNodes() {
        ApplicationDesign design = twoNodes.withEndorsement(EndorsementChoice.atLeast(2));
        fixture.givenNoPriorActivity()
                .when(new SaveApplicationDraftCommand(APP, PUBLISHER, design))
                .expectEvents(new ApplicationDraftSavedEvent(APP, PUBLISHER, design));
    }

    @Test
    void refusesToAskMoreOrganisationsThanNodesAreChosen() {
        assertThat(ApplicationRules.draftViolations(twoNodes.withEndorsement(EndorsementChoice.atLeast(3))))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("endorsement");
                    assertThat(violation.messageKey()).isEqualTo("application.endorsement.too-many");
                    assertThat(violation.arguments()).containsExactly(3, 2);
                    assertThat(violation.englishMessage())
                            .isEqualTo("At least 3 organisations cannot endorse: only 2 city nodes are chosen");
                });
    }

    @Test
    void refusesToAskFewerThanOneOrganisation() {
        assertThat(ApplicationRules.draftViolations(twoNodes.withEndorsement(EndorsementChoice.atLeast(0))))
                .singleElement()
                .satisfies(violation -> assertThat(violation.messageKey()).isEqualTo("application.endorsement.at-least-one"));
        assertThat(ApplicationRules.draftViolations(twoNodes.withEndorsement(EndorsementChoice.atLeast(-1))))
                .extracting(violation -> violation.messageKey()).containsExactly("application.endorsement.at-least-one");
    }

    @Test
    void anyMajorityAndAllNeedNoNumber() {
        for (EndorsementChoice.Kind kind : List.of(EndorsementChoice.Kind.ANY, EndorsementChoice.Kind.MAJORITY,
                EndorsementChoice.Kind.ALL)) {
            assertThat(ApplicationRules.draftViolations(twoNodes.withEndorsement(new EndorsementChoice(kind, 7)))).isEmpty();
        }
    }

    @Test
    void refusesToRemoveNodesADraftsRuleStillCountsOn() {
        ApplicationDesign chosen = twoNodes.withEndorsement(EndorsementChoice.atLeast(2));
        fixture.given(new ApplicationDraftSavedEvent(APP, PUBLISHER, chosen))
                .when(new SaveApplicationDraftCommand(APP, PUBLISHER, chosen.withNodes(List.of(NODE_A))))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void refusesToOrderADraftWhoseRuleAsksForMoreOrganisationsThanNodes() {
        ApplicationDesign broken = ApplicationDesign.draft("Trade finance", "").withNodes(List.of(NODE_A))
                .withEndorsement(EndorsementChoice.atLeast(2));
        assertThat(ApplicationRules.orderViolations(broken)).extracting(violation -> violation.messageKey())
                .contains("application.endorsement.too-many");
    }
}
