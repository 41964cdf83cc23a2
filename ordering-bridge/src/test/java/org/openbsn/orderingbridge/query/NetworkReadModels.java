package org.openbsn.orderingbridge.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openbsn.fabric.msp.OrganisationVault;
import org.openbsn.infra.ledger.ChannelAdministration;
import org.openbsn.infra.ledger.Endorsement;
import org.openbsn.infra.testing.TestDatabase;
import org.openbsn.orderingbridge.api.ChannelCreatedEvent;
import org.openbsn.orderingbridge.api.NodeOrganisationCreatedEvent;
import org.openbsn.orderingbridge.api.NodePeerEnrolledEvent;
import org.openbsn.orderingbridge.api.PeerJoinedChannelEvent;

/** The ordering bridge's read models fed as the portal's events would feed them, for tests of what reads them. */
public final class NetworkReadModels {

    private final NodeOrganisationProjection organisations;
    private final NodePeerProjection peers;
    private final ChannelProjection channels;
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, String> tlsCas = new HashMap<>();
    private long sequence;

    public NetworkReadModels(TestDatabase db) {
        organisations = new NodeOrganisationProjection(db.jdbc());
        peers = new NodePeerProjection(db.jdbc());
        channels = new ChannelProjection(db.jdbc(), (ChannelAdministration) null);
    }

    public void organisation(String nodeId, String mspId, OrganisationVault.KeptOrganisation kept) {
        organisations.on(new NodeOrganisationCreatedEvent(nodeId, mspId, kept.caPem(), kept.tlsCaPem(),
                kept.adminCertificatePem()));
        tlsCas.put(nodeId, kept.tlsCaPem());
    }

    public void enrolled(String nodeId, String mspId, String peerName, String host, int port) {
        peers.on(new NodePeerEnrolledEvent(nodeId, mspId, peerName, host, port));
        ports.put(nodeId, port);
    }

    public void created(String channelId, String clusterId, List<String> members) {
        channels.on(new ChannelCreatedEvent(channelId, "app-" + channelId, clusterId, members, Endorsement.majority()));
    }

    public void joined(String channelId, String nodeId, String peerId) {
        channels.on(new PeerJoinedChannelEvent(channelId, nodeId, peerId), ++sequence);
    }

    public int port(String nodeId) {
        return ports.get(nodeId);
    }

    public String tlsCa(String nodeId) {
        return tlsCas.get(nodeId);
    }
}
