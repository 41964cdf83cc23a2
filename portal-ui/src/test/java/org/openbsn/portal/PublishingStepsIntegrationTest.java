package org.openbsn.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbsn.portal.support.Acting.as;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Role;
import org.openbsn.devnet.Devnet;
import org.openbsn.infra.ledger.Endorsement;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.testing.Await;
import org.openbsn.noderegistry.api.*;
import org.openbsn.orderingbridge.api.*;
import org.openbsn.portal.support.PortalInstance;

/**
 * The node and ordering steps of publishing, sent as the publishing process sends them through the whole
 * portal: the real command bus and event store, the configured settings, and devnet as the ledger.
 */
class PublishingStepsIntegrationTest {

    @TempDir
    Path data;

    @Test
    void allocatesAPeerAssignsAClusterAndSetsUpAChannelOnDevnetEachOnceWhenResent() {
        try (PortalInstance portal = PortalInstance.start(data, Map.of("bsn.ordering.clusters", "oc-a,oc-b"))) {
            CommandGateway commands = portal.bean(CommandGateway.class);
            CityNodes nodes = portal.bean(CityNodes.class);
            Channels channels = portal.bean(Channels.class);
            String ownerId = portal.bean(Accounts.class).signUp("steps-owner@example.com", "Steps Owner",
                    "a good long password", Set.of(Role.NODE_OWNER), "en").accountId();
            String nodeId = as(() -> nodes.register(ownerId, new NodeDetails("Wuhan-1", "Wuhan", "Central", "Alpha Cloud",
                            "https://wh-1.example.cn"), new Capacity(1000, 1000, 100),
                    new UnitPrices(Money.cny("100"), Money.cny("2"), Money.cny("30"))), Role.NODE_OWNER).nodeId();
            as(() -> nodes.approve(nodeId, "operator-1"), Role.OPERATOR);
            String applicationId = "app-" + UUID.randomUUID();
            String channelId = "ch" + UUID.randomUUID().toString().replace("-", "");

            commands.sendAndWait(new ReserveNodeCapacityCommand(nodeId, applicationId, new Capacity(40, 10, 5)));
            String peerId = commands.sendAndWait(new AllocatePeerCommand(nodeId, applicationId));
            assertThat(peerId).isEqualTo("peer0");
            assertThat((String) commands.sendAndWait(new AllocatePeerCommand(nodeId, applicationId))).isEqualTo(peerId);

            String clusterId = commands.sendAndWait(new AssignOrderingClusterCommand(applicationId, 40));
            assertThat(clusterId).isEqualTo("oc-a");
            assertThat((String) commands.sendAndWait(new AssignOrderingClusterCommand(applicationId, 40))).isEqualTo("oc-a");
            assertThat((String) commands.sendAndWait(new AssignOrderingClusterCommand("app-other", 5))).isEqualTo("oc-b");

            for (int attempt = 0; attempt < 2; attempt++) { // the second round is a redelivery and changes nothing
                commands.sendAndWait(new CreateChannelCommand(channelId, applicationId, clusterId, List.of("Org1MSP"),
                        Endorsement.majority()));
                commands.sendAndWait(new JoinPeerCommand(channelId, nodeId, peerId));
                commands.sendAndWait(new DeployChaincodeCommand(channelId, "base", ChaincodeSource.base(), 1));
            }

            Await.until("the channel is readable with its peer and chaincode", () -> channels.find(channelId)
                    .filter(c -> !c.peers().isEmpty() && !c.chaincodes().isEmpty()).isPresent(), Duration.ofSeconds(30));
            ChannelView channel = channels.find(channelId).orElseThrow();
            assertThat(channel.clusterId()).isEqualTo("oc-a");
            assertThat(channel.memberMspIds()).containsExactly("Org1MSP");
            assertThat(channel.endorsement()).isEqualTo(Endorsement.majority());
            assertThat(channel.peers()).containsExactly(new JoinedPeer(nodeId, "peer0"));
            assertThat(channel.chaincodes()).containsExactly("base");
            // the channel is open on devnet, and the view's height is that ledger's (a new channel holds its genesis block)
            assertThat(channel.height()).isPositive().isEqualTo(portal.bean(Devnet.class).channel(channelId).orElseThrow().height());
            Await.until("both clusters show their load", () -> channels.clusters().equals(List.of(
                    new OrderingClusterView("oc-a", 1, 40), new OrderingClusterView("oc-b", 1, 5))), Duration.ofSeconds(30));

            assertThatThrownBy(() -> commands.sendAndWait(new CreateChannelCommand("Bad_Channel", applicationId, clusterId,
                    List.of("Org1MSP"), null))).hasMessageContaining("channelId");
            assertThatThrownBy(() -> commands.sendAndWait(new DeployChaincodeCommand(channelId, "market",
                    new ChaincodeSource("package", "market:1"), 1)))
                    .hasMessage("'market:1' is not a Fabric package id (label:sha256)");
            assertThatThrownBy(() -> commands.sendAndWait(new AllocatePeerCommand(nodeId, "app-without-reservation")))
                    .hasMessage("Application app-without-reservation holds no reservation on this node, so no peer can be "
                            + "allocated to it");

            commands.sendAndWait(new ReleaseNodeCapacityCommand(nodeId, applicationId));
            commands.sendAndWait(new ReleaseOrderingClusterCommand(applicationId));
            Await.until("the node and the cluster are free again", () -> nodes.utilisation(nodeId)
                    .map(u -> u.reserved().equals(Capacity.NONE) && u.peers().stream().allMatch(p -> p.tpsAllocated() == 0))
                    .orElse(false) && channels.clusters().get(0).applications() == 0, Duration.ofSeconds(30));
        }
    }
}
