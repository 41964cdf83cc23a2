package org.openbsn.devnet.boot;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.openbsn.devnet.Devnet;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.ledger.ChannelAdministration;

/**
 * Channel administration on devnet: channels are opened on its orderer and ledger, and the base chaincode
 * runs in-process. devnet hosts one peer per organisation, so a joined city-node peer is only recorded.
 */
final class DevnetChannelAdministration implements ChannelAdministration {

    private final Devnet devnet;
    private final ConcurrentHashMap<String, Set<String>> joined = new ConcurrentHashMap<>();

    DevnetChannelAdministration(Devnet devnet) {
        this.devnet = devnet;
    }

    @Override
    public void createChannel(String channelId, List<String> memberMspIds) {
        devnet.openChannel(channelId, memberMspIds);
    }

    @Override
    public void joinPeer(String channelId, String nodeId, String peerId) {
        requireOpen(channelId);
        joined.computeIfAbsent(channelId, id -> ConcurrentHashMap.newKeySet()).add(nodeId + "/" + peerId);
    }

    /** The city-node peers joined to the channel since devnet started, as "nodeId/peerId". */
    Set<String> joinedPeers(String channelId) {
        return Set.copyOf(joined.getOrDefault(channelId, Set.of()));
    }

    @Override
    public void deployChaincode(String channelId, String name, String kind, String packageId, int sequence) {
        if (!"base".equals(kind)) {
            throw new DomainException("channel.chaincode-kind-unsupported", "Chaincode of kind '" + kind
                    + "' cannot be deployed yet; only the base chaincode can", kind);
        }
        requireOpen(channelId);
        devnet.deployBaseChaincode(channelId, name);
    }

    @Override
    public byte[] evaluate(String channelId, String name, String function, List<String> args) {
        throw new DomainException("channel.evaluate-unsupported", "Evaluating chaincode for a review is not built yet");
    }

    @Override
    public long height(String channelId) {
        return devnet.channel(channelId).map(ChannelLedger::height).orElse(0L);
    }

    private void requireOpen(String channelId) {
        if (devnet.channel(channelId).isEmpty()) {
            throw new DomainException("channel.not-on-ledger", "Channel " + channelId + " is not open on the ledger",
                    channelId);
        }
    }
}
