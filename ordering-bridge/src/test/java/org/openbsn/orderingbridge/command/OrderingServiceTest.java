package org.openbsn.orderingbridge.command;

import static org.openbsn.infra.testing.Refusals.invalidFields;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.openbsn.orderingbridge.OrderingProperties;
import org.openbsn.orderingbridge.OrderingProperties.Mode;
import org.openbsn.orderingbridge.api.*;

/** Which ordering cluster orders an application's channel. */
class OrderingServiceTest {

    private static final List<String> THREE = List.of("cluster-1", "cluster-2", "cluster-3");

    private FixtureConfiguration<OrderingService> fixture(Mode mode, List<String> clusters) {
        FixtureConfiguration<OrderingService> fixture = new AggregateTestFixture<>(OrderingService.class);
        fixture.registerAnnotatedCommandHandler(
                new OrderingClusterCommandHandler(fixture.getRepository(), new OrderingProperties(mode, clusters)));
        return fixture;
    }

    private FixtureConfiguration<OrderingService> distributed() {
        return fixture(Mode.DISTRIBUTED, THREE);
    }

    @Test
    void theFirstApplicationGoesToTheLowestClusterId() {
        distributed().givenNoPriorActivity()
                .when(new AssignOrderingClusterCommand("app-1", 50))
                .expectEvents(new ApplicationAssignedToClusterEvent("cluster-1", "app-1", 50))
                .expectResultMessagePayload("cluster-1");
    }

    @Test
    void assignsTheClusterWithTheLeastTps() {
        distributed().given(new ApplicationAssignedToClusterEvent("cluster-1", "app-1", 50),
                        new ApplicationAssignedToClusterEvent("cluster-2", "app-2", 10),
                        new ApplicationAssignedToClusterEvent("cluster-3", "app-3", 30),
                        new ApplicationAssignedToClusterEvent("cluster-2", "app-4", 30))
                .when(new AssignOrderingClusterCommand("app-5", 5))
                .expectEvents(new ApplicationAssignedToClusterEvent("cluster-3", "app-5", 5))
                .expectResultMessagePayload("cluster-3");
    }

    @Test
    void equalLoadsGoToTheLowestId() {
        distributed().given(new ApplicationAssignedToClusterEvent("cluster-1", "app-1", 20),
                        new ApplicationAssignedToClusterEvent("cluster-3", "app-3", 20))
                .when(new AssignOrderingClusterCommand("app-5", 5))
                .expectEvents(new ApplicationAssignedToClusterEvent("cluster-2", "app-5", 5));
        distributed().given(new ApplicationAssignedToClusterEvent("cluster-2", "app-1", 20),
                        new ApplicationAssignedToClusterEvent("cluster-3", "app-3", 20),
                        new ApplicationAssignedToClusterEvent("cluster-1", "app-4", 20))
                .when(new AssignOrderingClusterCommand("app-5", 5))
                .expectEvents(new ApplicationAssignedToClusterEvent("cluster-1", "app-5", 5));
    }

    @Test
    void aReleasedApplicationNoLongerLoadsItsCluster() {
        distributed().given(new ApplicationAssignedToClusterEvent("cluster-1", "app-1", 90),
                        new ApplicationAssignedToClusterEvent("cluster-2", "app-2", 10),
                        new ApplicationAssignedToClusterEvent("cluster-3", "app-3", 10),
                        new ApplicationReleasedFromClusterEvent("cluster-1", "app-1", 90))
                .when(new AssignOrderingClusterCommand("app-4", 5))
                .expectEvents(new ApplicationAssignedToClusterEvent("cluster-1", "app-4", 5));
    }

    @Test
    void aRedeliveredAssignmentRepliesWithTheSameCluster() {
        distributed().given(new ApplicationAssignedToClusterEvent("cluster-2", "app-1", 500))
                .when(new AssignOrderingClusterCommand("app-1", 500))
                .expectNoEvents()
                .expectResultMessagePayload("cluster-2");
    }

    @Test
    void collectiveOrderingPutsEveryApplicationOnOneCluster() {
        fixture(Mode.COLLECTIVE, THREE).given(new ApplicationAssignedToClusterEvent("cluster-1", "app-1", 900))
                .when(new AssignOrderingClusterCommand("app-2", 5))
                .expectEvents(new ApplicationAssignedToClusterEvent("cluster-1", "app-2", 5))
                .expectResultMessagePayload("cluster-1");
    }

    @Test
    void refusesAnAssignmentWithoutApplicationOrWithNegativeTps() {
        distributed().givenNoPriorActivity()
                .when(new AssignOrderingClusterCommand(" ", -1))
                .expectException(invalidFields("applicationId", "tps"))
                .expectNoEvents();
    }

    @Test
    void releasingTakesTheApplicationOffItsClusterOnce() {
        distributed().given(new ApplicationAssignedToClusterEvent("cluster-2", "app-1", 40))
                .when(new ReleaseOrderingClusterCommand("app-1"))
                .expectEvents(new ApplicationReleasedFromClusterEvent("cluster-2", "app-1", 40));
        distributed().given(new ApplicationAssignedToClusterEvent("cluster-2", "app-1", 40),
                        new ApplicationReleasedFromClusterEvent("cluster-2", "app-1", 40))
                .when(new ReleaseOrderingClusterCommand("app-1"))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void releasingAnApplicationThatWasNeverAssignedChangesNothing() {
        distributed().givenNoPriorActivity()
                .when(new ReleaseOrderingClusterCommand("app-9"))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }
}
