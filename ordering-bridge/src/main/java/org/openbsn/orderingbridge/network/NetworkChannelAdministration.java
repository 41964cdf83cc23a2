package org.openbsn.orderingbridge.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hyperledger.fabric.protos.common.Block;
import org.openbsn.fabric.admin.AdminRefusal;
import org.openbsn.fabric.admin.ChaincodeDefinition;
import org.openbsn.fabric.admin.ChannelParticipation;
import org.openbsn.fabric.config.Batching;
import org.openbsn.fabric.config.ChannelMember;
import org.openbsn.fabric.config.EndorsementRule;
import org.openbsn.fabric.msp.OrganisationAdmins;
import org.openbsn.fabric.network.ChannelOperations;
import org.openbsn.fabric.network.ClusterAccess;
import org.openbsn.fabric.network.PeerNode;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.ledger.ChannelAdministration;
import org.openbsn.infra.ledger.Endorsement;

/**
 * Channel administration on a network of city-node organisations, through Fabric's own protocols only
 * ({@link ChannelOperations}): the genesis block built for the chosen nodes' organisations and the participants'
 * on the assigned cluster, the nodes' enrolled peers joined, the chaincode installed, approved by every node's
 * organisation and committed. Work an organisation must sign is signed through {@link OrganisationAdmins}.
 */
final class NetworkChannelAdministration implements ChannelAdministration {

    private final ChannelOperations operations;
    private final NetworkDirectory directory;
    private final GenesisBlocks genesisBlocks;
    private final Map<String, ClusterAccess> clusters;
    private final BaseChaincodeService base;

    NetworkChannelAdministration(ChannelOperations operations, NetworkDirectory directory, GenesisBlocks genesisBlocks,
                                 Map<String, ClusterAccess> clusters, BaseChaincodeService base) {
        this.operations = operations;
        this.directory = directory;
        this.genesisBlocks = genesisBlocks;
        this.clusters = clusters;
        this.base = base;
    }

    @Override
    public void createChannel(String channelId, List<String> memberMspIds, Endorsement endorsement) {
        throw new DomainException("network.cluster-required", "Channel " + channelId
                + " needs an ordering cluster to be created on", channelId);
    }

    @Override
    public void createChannel(String channelId, String clusterId, List<String> memberMspIds, Endorsement endorsement,
                              int tps) {
        ClusterAccess access = cluster(clusterId);
        List<ChannelMember> members = memberMspIds.stream().map(directory::member).toList();
        // kept before any orderer has it: a retry after a crash joins the same block, never a second one
        Block genesis = genesisBlocks.of(channelId).orElseGet(() -> {
            Block built = ChannelOperations.genesis(channelId, members, access, ruleOf(endorsement), Batching.forTps(tps));
            genesisBlocks.keep(channelId, built);
            return built;
        });
        operations.create(channelId, genesis, access);
    }

    @Override
    public void joinPeer(String channelId, String nodeId, String peerId) {
        Block genesis = genesisBlocks.of(channelId).orElseThrow(() -> notOnLedger(channelId));
        operations.joinPeer(directory.peer(nodeId, peerId), channelId, genesis);
    }

    /** The base chaincode, installed on every joined peer and approved by each of their organisations, then committed. */
    @Override
    public void deployChaincode(String channelId, String name, String kind, String packageId, int sequence) {
        if (!"base".equals(kind)) {
            throw new DomainException("network.package-on-fabric", "Marketplace package " + packageId
                    + " cannot yet run on a network of city nodes: their chaincode servers come with the city-node "
                    + "software; publish it on devnet", packageId);
        }
        List<PeerNode> peers = directory.joinedPeers(channelId);
        if (peers.isEmpty()) {
            throw new DomainException("network.no-peers", "No peer has joined channel " + channelId, channelId);
        }
        base.serve();
        String installed = null;
        for (PeerNode peer : peers) {
            installed = operations.install(peer, BaseChaincodeService.LABEL, base.packageFile());
        }
        Map<String, PeerNode> onePerOrganisation = new LinkedHashMap<>();
        peers.forEach(peer -> onePerOrganisation.putIfAbsent(peer.mspId(), peer));
        operations.deploy(channelId, new ChaincodeDefinition(name, Integer.toString(sequence), sequence, installed),
                new ArrayList<>(onePerOrganisation.values()));
    }

    @Override
    public byte[] evaluate(String channelId, String name, String function, List<String> args) {
        List<PeerNode> peers = directory.joinedPeers(channelId);
        if (peers.isEmpty()) {
            throw notOnLedger(channelId);
        }
        try {
            return operations.evaluate(peers.get(0), channelId, name, function, args);
        } catch (AdminRefusal refused) {
            throw new DomainException("channel.evaluate-refused", refused.getMessage(), channelId);
        }
    }

    /** The block count the cluster's first orderer reports; 0 when it does not serve the channel. */
    @Override
    public long height(String channelId) {
        return directory.clusterOf(channelId).map(clusters::get).map(access -> {
            ClusterAccess.Orderer orderer = access.orderers().get(0);
            try {
                return new ChannelParticipation(orderer.host(), orderer.adminPort(), access.adminTls()).channel(channelId)
                        .map(ChannelParticipation.ChannelInfo::height).orElse(0L);
            } catch (AdminRefusal unreachable) {
                return 0L;
            }
        }).orElse(0L);
    }

    private ClusterAccess cluster(String clusterId) {
        ClusterAccess access = clusters.get(clusterId);
        if (access == null) {
            throw new DomainException("network.cluster-unknown", "Ordering cluster " + clusterId
                    + " is not described in the ordering clusters file", clusterId);
        }
        return access;
    }

    private static EndorsementRule ruleOf(Endorsement endorsement) {
        return switch (endorsement.kind()) {
            case ANY -> new EndorsementRule(EndorsementRule.Kind.ANY, 0);
            case MAJORITY -> EndorsementRule.MAJORITY;
            case ALL -> new EndorsementRule(EndorsementRule.Kind.ALL, 0);
            case AT_LEAST -> new EndorsementRule(EndorsementRule.Kind.AT_LEAST, endorsement.n());
        };
    }

    private static DomainException notOnLedger(String channelId) {
        return new DomainException("channel.not-on-ledger", "Channel " + channelId + " is not open on the ledger", channelId);
    }
}
