package org.openbsn.devnet.gateway;

import java.util.List;
import java.util.Optional;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.peer.ChannelInfo;
import org.hyperledger.fabric.protos.peer.ChannelQueryResponse;
import org.hyperledger.fabric.protos.peer.Response;
import org.openbsn.devnet.ledger.ConfigBlock;
import org.openbsn.devnet.policy.ChannelPolicy;
import org.openbsn.fabric.msp.NodeOu;

/**
 * The configuration system chaincode {@code cscc} of devnet's peer of one organisation, with Fabric 2.5's functions,
 * arguments, default ACLs and words: GetChannels (any member of the peer's organisation), JoinChain (its admins,
 * with a genesis block of a channel the organisation belongs to) and GetConfigBlock (the channel's Readers).
 */
final class ConfigurationSystemChaincode {

    static final String NAME = "cscc";

    private final PeerAdministration peers;

    ConfigurationSystemChaincode(PeerAdministration peers) {
        this.peers = peers;
    }

    /** Runs {@code args} for a creator of {@code mspId} in {@code role}, whose signature the local MSP has verified. */
    Response invoke(List<ByteString> args, String mspId, NodeOu role) {
        if (args.isEmpty()) {
            return error("Incorrect number of arguments, 0");
        }
        String function = args.get(0).toStringUtf8();
        if (!function.equals("GetChannels") && args.size() < 2) {
            return error("Incorrect number of arguments, " + args.size());
        }
        return switch (function) {
            case "GetChannels" -> {
                ChannelQueryResponse.Builder channels = ChannelQueryResponse.newBuilder();
                peers.joinedChannels(mspId).forEach(id -> channels.addChannels(ChannelInfo.newBuilder().setChannelId(id)));
                yield success(channels.build().toByteString());
            }
            case "JoinChain" -> join(args.get(1), mspId, role);
            case "GetConfigBlock" -> configBlock(args.get(1).toStringUtf8(), mspId, role);
            default -> error("Requested function " + function + " not found.");
        };
    }

    private Response join(ByteString blockBytes, String mspId, NodeOu role) {
        Block block;
        try {
            block = Block.parseFrom(blockBytes);
        } catch (InvalidProtocolBufferException malformed) {
            return error("Failed to reconstruct the genesis block, " + malformed.getMessage());
        }
        ConfigBlock genesis;
        try {
            genesis = ConfigBlock.genesis(block);
        } catch (IllegalArgumentException invalid) {
            return error("\"JoinChain\" request failed because of validation of configuration block, because of "
                    + invalid.getMessage());
        }
        String channelId = genesis.channelId();
        if (role != NodeOu.ADMIN) {
            return error("access denied for [JoinChain][" + channelId + "]: [Failed verifying that proposal's creator "
                    + "satisfies local MSP principal during channelless check policy with policy [Admins]: [The identity "
                    + "is not an admin under this MSP [" + mspId + "]: The identity does not contain OU [ADMIN], MSP: ["
                    + mspId + "]]]");
        }
        if (!genesis.members().containsKey(mspId)) {
            return error("\"JoinChain\" for channelID = " + channelId + " failed: " + mspId + " is not an organisation of"
                    + " the channel, so its peer has no channel to join");
        }
        try {
            peers.join(mspId, genesis);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            return error(refused.getMessage());
        }
        return success(ByteString.EMPTY);
    }

    private Response configBlock(String channelId, String mspId, NodeOu role) {
        if (!ChannelPolicy.READERS.admits(role)) {
            return error("access denied for [GetConfigBlock][" + channelId + "]: the creator, a " + role.ou() + " of "
                    + mspId + ", does not satisfy the channel's Readers policy");
        }
        Optional<Block> block = peers.configBlock(mspId, channelId);
        return block.map(config -> success(config.toByteString()))
                .orElseGet(() -> error("Unknown channel ID, " + channelId));
    }

    private static Response success(ByteString payload) {
        return Response.newBuilder().setStatus(200).setPayload(payload).build();
    }

    private static Response error(String message) {
        return Response.newBuilder().setStatus(500).setMessage(message).build();
    }
}
