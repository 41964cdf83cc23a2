package org.openbsn.orderingbridge.command;

import java.util.List;

import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.ledger.ChannelAdministration;
import org.openbsn.infra.ledger.Endorsement;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Channel administration on a real Fabric network (channel participation on the orderers, channel
 * join and chaincode lifecycle on the peers) is not built yet: the portal still starts against such a
 * network, and publishing says plainly why it cannot create the channel.
 */
@Component
@ConditionalOnExpression("'${bsn.ledger.network:devnet}' != 'devnet'")
class FabricChannelAdministration implements ChannelAdministration {

    private static DomainException notYet() {
        return new DomainException("ordering.fabric-admin-missing",
                "Creating channels on a real Fabric network is not supported yet; publish on devnet");
    }

    @Override
    public void createChannel(String channelId, List<String> memberMspIds, Endorsement endorsement) {
        throw notYet();
    }

    @Override
    public void joinPeer(String channelId, String nodeId, String peerId) {
        throw notYet();
    }

    @Override
    public void deployChaincode(String channelId, String name, String kind, String packageId, int sequence) {
        throw notYet();
    }

    @Override
    public byte[] evaluate(String channelId, String name, String function, List<String> args) {
        throw notYet();
    }

    @Override
    public long height(String channelId) {
        return 0;
    }
}
