package org.openbsn.fabric.admin;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.peer.ChannelInfo;
import org.hyperledger.fabric.protos.peer.ChannelQueryResponse;
import org.hyperledger.fabric.protos.peer.EndorserGrpc;
import org.hyperledger.fabric.protos.peer.ProposalResponse;
import org.hyperledger.fabric.protos.peer.lifecycle.InstallChaincodeArgs;
import org.hyperledger.fabric.protos.peer.lifecycle.InstallChaincodeResult;
import org.openbsn.fabric.msp.Signer;

/**
 * One peer's own administration, asked through its Endorser service as Fabric's {@code peer} CLI asks it: joining
 * a channel ({@code cscc JoinChain}) and installing a chaincode package ({@code _lifecycle InstallChaincode}), each
 * signed by an admin of the peer's organisation. Every call may be repeated and then changes nothing.
 */
public final class PeerAdmin implements AutoCloseable {

    private final String address;
    private final ManagedChannel channel;
    private final EndorserGrpc.EndorserBlockingStub endorser;

    /** The peer at {@code host:port}, whose TLS certificate chains to {@code tlsCaPem} and names {@code serverName} (or {@code host}). */
    public PeerAdmin(String host, int port, String tlsCaPem, String serverName) {
        this.address = host + ":" + port;
        this.channel = PeerChannels.open(host, port, tlsCaPem, serverName);
        this.endorser = EndorserGrpc.newBlockingStub(channel);
    }

    /** The channels the peer has joined. */
    public List<String> channels(Signer admin) {
        ProposalResponse response = call(admin, "cscc", "list its channels", ByteString.copyFromUtf8("GetChannels"));
        try {
            return ChannelQueryResponse.parseFrom(response.getResponse().getPayload()).getChannelsList().stream()
                    .map(ChannelInfo::getChannelId).toList();
        } catch (InvalidProtocolBufferException e) {
            throw new AdminRefusal("Peer " + address + " answered GetChannels with something that is no channel list", e);
        }
    }

    /** Joins the peer to the channel whose genesis block this is, unless it has joined already. */
    public void join(Signer admin, String channelId, Block genesis) {
        if (channels(admin).contains(channelId)) {
            return;
        }
        call(admin, "cscc", "join channel " + channelId, ByteString.copyFromUtf8("JoinChain"), genesis.toByteString());
    }

    /** The channel's latest configuration block, as the peer has it. */
    public Block configBlock(Signer admin, String channelId) {
        ProposalResponse response = call(admin, "cscc", "give the configuration of " + channelId,
                ByteString.copyFromUtf8("GetConfigBlock"), ByteString.copyFromUtf8(channelId));
        try {
            return Block.parseFrom(response.getResponse().getPayload());
        } catch (InvalidProtocolBufferException e) {
            throw new AdminRefusal("Peer " + address + " answered GetConfigBlock with no block", e);
        }
    }

    /** Installs the chaincode package (a Fabric {@code .tar.gz}) and answers its package id ({@code label:sha256}). */
    public String install(Signer admin, String label, byte[] packageFile) {
        String packageId = label + ":" + HexFormat.of().formatHex(sha256(packageFile));
        try {
            ProposalResponse response = call(admin, "_lifecycle", "install package " + packageId,
                    ByteString.copyFromUtf8("InstallChaincode"), InstallChaincodeArgs.newBuilder()
                            .setChaincodeInstallPackage(ByteString.copyFrom(packageFile)).build().toByteString());
            return InstallChaincodeResult.parseFrom(response.getResponse().getPayload()).getPackageId();
        } catch (AdminRefusal refused) {
            if (refused.getMessage().contains("already successfully installed")) {
                return packageId;
            }
            throw refused;
        } catch (InvalidProtocolBufferException e) {
            throw new AdminRefusal("Peer " + address + " answered InstallChaincode with no install result", e);
        }
    }

    private ProposalResponse call(Signer admin, String chaincode, String what, ByteString... args) {
        ProposalResponse response;
        try {
            response = endorser.withDeadlineAfter(2, TimeUnit.MINUTES)
                    .processProposal(Proposals.of(admin, "", chaincode, List.of(args)));
        } catch (StatusRuntimeException e) {
            throw new AdminRefusal("Peer " + address + " could not be asked to " + what + ": " + e.getStatus(), e);
        }
        if (response.getResponse().getStatus() >= 400) {
            throw new AdminRefusal("Peer " + address + " refused to " + what + ": " + response.getResponse().getMessage());
        }
        return response;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        channel.shutdownNow();
    }
}
