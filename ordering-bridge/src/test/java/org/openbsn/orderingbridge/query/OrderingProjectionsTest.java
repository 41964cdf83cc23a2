package org.openbsn.orderingbridge.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.infra.ledger.ChannelAdministration;
import org.openbsn.infra.ledger.Endorsement;
import org.openbsn.infra.testing.TestDatabase;
import org.openbsn.orderingbridge.OrderingProperties;
import org.openbsn.orderingbridge.OrderingProperties.Mode;
import org.openbsn.orderingbridge.api.*;

/** The cluster and channel read models, fed event by event against the real PostgreSQL. */
class OrderingProjectionsTest {

    /** A ledger that only knows block heights. */
    private record Heights(Map<String, Long> heights) implements ChannelAdministration {
        @Override
        public void createChannel(String channelId, List<String> memberMspIds, Endorsement endorsement) {
            throw new UnsupportedOperationException("read models never create channels");
        }

        @Override
        public void joinPeer(String channelId, String nodeId, String peerId) {
            throw new UnsupportedOperationException("read models never join peers");
        }

        @Override
        public void deployChaincode(String channelId, String name, String kind, String packageId, int sequence) {
            throw new UnsupportedOperationException("read models never deploy chaincode");
        }

        @Override
        public byte[] evaluate(String channelId, String name, String function, List<String> args) {
            throw new UnsupportedOperationException("projections never evaluate");
        }

        @Override
        public long height(String channelId) {
            return heights.getOrDefault(channelId, 0L);
        }
    }

    private final TestDatabase db = TestDatabase.get();
    private OrderingClusterProjection clusters;
    private String channelId;
    private ChannelProjection channels;

    @BeforeEach
    void setUp() {
        db.truncate("ordering_cluster_assignment");
        clusters = new OrderingClusterProjection(db.jdbc(), new OrderingProperties(Mode.DISTRIBUTED,
                List.of("cluster-1", "cluster-2", "cluster-3")));
        channelId = "ch" + UUID.randomUUID().toString().replace("-", "");
        channels = new ChannelProjection(db.jdbc(), new Heights(Map.of(channelId, 7L)));
    }

    @Test
    void listsEveryConfiguredClusterWithItsApplicationsAndTps() {
        clusters.on(new ApplicationAssignedToClusterEvent("cluster-2", "app-1", 40));
        clusters.on(new ApplicationAssignedToClusterEvent("cluster-2", "app-2", 10));
        clusters.on(new ApplicationAssignedToClusterEvent("cluster-1", "app-3", 5));
        clusters.on(new ApplicationAssignedToClusterEvent("cluster-1", "app-3", 5)); // delivered twice
        clusters.on(new ApplicationReleasedFromClusterEvent("cluster-1", "app-3", 5));
        clusters.on(new ApplicationAssignedToClusterEvent("cluster-9", "app-4", 1)); // a cluster since removed from the config

        assertThat(clusters.handle(new FindOrderingClustersQuery())).containsExactly(
                new OrderingClusterView("cluster-1", 0, 0),
                new OrderingClusterView("cluster-2", 2, 50),
                new OrderingClusterView("cluster-3", 0, 0),
                new OrderingClusterView("cluster-9", 1, 1));
    }

    @Test
    void showsAChannelWithItsEndorsementRulePeersChaincodeAndTheLedgersHeight() {
        channels.on(new ChannelCreatedEvent(channelId, "app-1", "cluster-2", List.of("Org1MSP", "Org2MSP"),
                new Endorsement(Endorsement.Kind.AT_LEAST, 2)));
        channels.on(new PeerJoinedChannelEvent(channelId, "node-b", "peer3"), 1);
        channels.on(new PeerJoinedChannelEvent(channelId, "node-a", "peer0"), 2);
        channels.on(new PeerJoinedChannelEvent(channelId, "node-a", "peer0"), 2);
        channels.on(new ChaincodeDeployedEvent(channelId, "base", ChaincodeSource.base(), 1));
        channels.on(new ChaincodeDeployedEvent(channelId, "base", ChaincodeSource.base(), 1));

        assertThat(channels.handle(new FindChannelQuery(channelId))).contains(new ChannelView(channelId, "app-1",
                "cluster-2", List.of("Org1MSP", "Org2MSP"), new Endorsement(Endorsement.Kind.AT_LEAST, 2),
                List.of(new JoinedPeer("node-b", "peer3"), new JoinedPeer("node-a", "peer0")), List.of("base"), 7));
    }

    @Test
    void anUnknownChannelIsEmptyAndAResetForgetsChannels() {
        assertThat(channels.handle(new FindChannelQuery("chnothing"))).isEmpty();
        channels.on(new ChannelCreatedEvent(channelId, "app-1", "cluster-1", List.of("Org1MSP"), null));
        channels.reset();
        assertThat(channels.handle(new FindChannelQuery(channelId))).isEmpty();
    }

    @Test
    void aCityNodesOrganisationIsShownOnceWithItsCertificates() {
        db.truncate("node_organisation");
        NodeOrganisationProjection organisations = new NodeOrganisationProjection(db.jdbc());
        String nodeId = UUID.randomUUID().toString();
        NodeOrganisationCreatedEvent created = new NodeOrganisationCreatedEvent(nodeId, "Node" + nodeId.replace("-", ""),
                "ca-pem", "tls-pem", "admin-pem");
        organisations.on(created);
        organisations.on(created); // replayed
        assertThat(organisations.handle(new FindNodeOrganisationQuery(nodeId)))
                .contains(new NodeOrganisationView(nodeId, created.mspId(), "ca-pem", "tls-pem"));
        assertThat(organisations.handle(new FindNodeOrganisationQuery("unknown"))).isEmpty();
        organisations.reset();
        assertThat(organisations.handle(new FindNodeOrganisationQuery(nodeId))).isEmpty();
    }

    @Test
    void aChannelIsServedByTheEnrolledPeersJoinedToItWithTheirOrganisationsTlsCa() {
        db.truncate("node_organisation", "node_organisation_peer", "channel_peer");
        NodeOrganisationProjection organisations = new NodeOrganisationProjection(db.jdbc());
        NodePeerProjection enrolled = new NodePeerProjection(db.jdbc());
        EnrolledChannelPeers serving = new EnrolledChannelPeers(db.jdbc());
        String node1 = UUID.randomUUID().toString();
        String node2 = UUID.randomUUID().toString();
        organisations.on(new NodeOrganisationCreatedEvent(node1, "Node1", "ca1", "tls1", "admin1"));
        organisations.on(new NodeOrganisationCreatedEvent(node2, "Node2", "ca2", "tls2", "admin2"));
        enrolled.on(new NodePeerEnrolledEvent(node1, "Node1", "peer0", "p0.one.example.com", 7051));
        enrolled.on(new NodePeerEnrolledEvent(node2, "Node2", "peer0", "p0.two.example.com", 8051));
        enrolled.on(new NodePeerEnrolledEvent(node2, "Node2", "peer1", "p1.two.example.com", 9051));
        channels.on(new PeerJoinedChannelEvent(channelId, node2, "peer0"), 1);
        channels.on(new PeerJoinedChannelEvent(channelId, node1, "peer0"), 2);

        assertThat(serving.of(channelId)).containsExactly(
                new org.openbsn.infra.ledger.LedgerConnection.Peer("p0.two.example.com", 8051, "tls2"),
                new org.openbsn.infra.ledger.LedgerConnection.Peer("p0.one.example.com", 7051, "tls1"));
        enrolled.on(new NodePeerEnrolledEvent(node1, "Node1", "peer0", "moved.one.example.com", 7151));
        assertThat(serving.of(channelId)).as("a re-enrolled peer is reached where it moved")
                .contains(new org.openbsn.infra.ledger.LedgerConnection.Peer("moved.one.example.com", 7151, "tls1"));
        assertThat(serving.of("no-such-channel")).isEmpty();
    }
}
