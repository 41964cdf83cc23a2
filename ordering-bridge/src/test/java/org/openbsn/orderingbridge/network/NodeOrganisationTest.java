package org.openbsn.orderingbridge.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.fabric.msp.Msp;
import org.openbsn.fabric.msp.OrganisationVault;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.orderingbridge.api.CreateNodeOrganisationCommand;
import org.openbsn.orderingbridge.api.EnrolNodePeerCommand;
import org.openbsn.orderingbridge.api.NodePeerEnrolledEvent;
import org.openbsn.orderingbridge.api.NodeOrganisationCreatedEvent;

/** An approved city node becomes one Fabric organisation, once, whose admin the vault signs for. */
class NodeOrganisationTest {

    @TempDir
    Path vaultDir;
    private FixtureConfiguration<NodeOrganisation> fixture;
    private OrganisationVault vault;

    @BeforeEach
    void setUp() {
        vault = new OrganisationVault(vaultDir);
        fixture = new AggregateTestFixture<>(NodeOrganisation.class);
        fixture.registerInjectableResource(vault);
    }

    @Test
    void anApprovedNodeBecomesAnOrganisationWithItsOwnCaAndAnAdminTheVaultSignsFor() {
        String nodeId = UUID.randomUUID().toString();
        String mspId = "Node" + nodeId.replace("-", "");
        java.util.List<NodeOrganisationCreatedEvent> seen = new java.util.ArrayList<>();
        fixture.givenNoPriorActivity()
                .when(new CreateNodeOrganisationCommand(nodeId))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(Matchers.predicate(payload -> {
                    if (payload instanceof NodeOrganisationCreatedEvent event) {
                        seen.add(event);
                        return true;
                    }
                    return false;
                }), Matchers.andNoMore())));
        NodeOrganisationCreatedEvent created = seen.get(0);
        assertThat(created.mspId()).isEqualTo(mspId);
        Msp msp = new Msp(mspId, Pem.certificate(created.caCertificatePem().getBytes(StandardCharsets.US_ASCII)));
        assertThat(msp.problemWith(Pem.certificate(vault.adminOf(mspId).certificatePem().getBytes(StandardCharsets.US_ASCII)),
                Instant.now())).as("the vault's admin is a member of the node's own organisation").isEmpty();
        assertThat(created.tlsCaCertificatePem()).isNotEqualTo(created.caCertificatePem());
    }

    @Test
    void aReDeliveredApprovalCreatesNoSecondOrganisation() {
        String nodeId = UUID.randomUUID().toString();
        fixture.given(new NodeOrganisationCreatedEvent(nodeId, "Node" + nodeId.replace("-", ""), "ca", "tls", "admin"))
                .when(new CreateNodeOrganisationCommand(nodeId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void twoNodesAreTwoOrganisations() {
        String one = NodeOrganisation.mspIdOf(UUID.randomUUID().toString());
        String two = NodeOrganisation.mspIdOf(UUID.randomUUID().toString());
        assertThat(one).isNotEqualTo(two).matches("Node[0-9a-f]{32}");
        assertThat(vault.ensure(one, "one.test").caPem()).isNotEqualTo(vault.ensure(two, "two.test").caPem());
    }

    @Test
    void anOwnerEnrolsAPeerAndGetsItsFilesWhileTheEventKeepsOnlyWhereItListens() {
        String nodeId = UUID.randomUUID().toString();
        String mspId = NodeOrganisation.mspIdOf(nodeId);
        OrganisationVault.KeptOrganisation kept = vault.ensure(mspId, "n.test");
        fixture.given(new NodeOrganisationCreatedEvent(nodeId, mspId, kept.caPem(), kept.tlsCaPem(), kept.adminCertificatePem()))
                .when(new EnrolNodePeerCommand(nodeId, "peer0", "peer0.n.example.com", 7051))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new NodePeerEnrolledEvent(nodeId, mspId, "peer0", "peer0.n.example.com", 7051))
                .expectResultMessagePayloadMatching(Matchers.predicate(zip -> zip instanceof byte[] bytes && bytes.length > 1000));
    }

    @Test
    void aBadEnrolmentIsRefusedFieldByFieldAndRecordsNothing() {
        String nodeId = UUID.randomUUID().toString();
        fixture.given(new NodeOrganisationCreatedEvent(nodeId, NodeOrganisation.mspIdOf(nodeId), "ca", "tls", "admin"))
                .when(new EnrolNodePeerCommand(nodeId, "Peer 0", "bad host!", 70000))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("peerName"),
                        org.hamcrest.Matchers.containsString("host"), org.hamcrest.Matchers.containsString("port")))
                .expectNoEvents();
    }
}
