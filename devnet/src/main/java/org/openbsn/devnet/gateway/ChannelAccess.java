package org.openbsn.devnet.gateway;

import java.security.cert.X509Certificate;
import java.util.Optional;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Status;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.fabric.msp.Msp;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.devnet.policy.ChannelPolicy;

/**
 * Checks a signed request the way a peer's ACLs do: the creator belongs to one of the channel's
 * organisations, signed the exact bytes with low S, and holds a role the channel's Readers or
 * Writers policy admits. Refusals are PERMISSION_DENIED (INVALID_ARGUMENT when unreadable).
 */
final class ChannelAccess {

    private ChannelAccess() {
    }

    /** Requires {@code creator} (serialized identity bytes) to have signed {@code message} and to satisfy {@code policy}. */
    static void require(ChannelPolicy policy, ChannelLedger channel, ByteString creator, ByteString message,
                        ByteString signature) {
        SerializedIdentity identity;
        try {
            identity = SerializedIdentity.parseFrom(creator);
        } catch (InvalidProtocolBufferException malformed) {
            throw ProposalCheck.refusal(Status.INVALID_ARGUMENT, "the creator is not a serialized identity");
        }
        require(policy, channel, identity, message.toByteArray(), signature.toByteArray());
    }

    static void require(ChannelPolicy policy, ChannelLedger channel, SerializedIdentity creator, byte[] message,
                        byte[] signature) {
        Msp msp = channel.members().get(creator.getMspid());
        if (msp == null) {
            throw ProposalCheck.refusal(Status.PERMISSION_DENIED, "creator's organisation " + creator.getMspid()
                    + " is not known on channel " + channel.channelId());
        }
        X509Certificate certificate;
        try {
            certificate = Pem.certificate(creator.getIdBytes().toByteArray());
        } catch (IllegalArgumentException malformed) {
            throw ProposalCheck.refusal(Status.INVALID_ARGUMENT, "creator certificate: " + malformed.getMessage());
        }
        Optional<String> problem = msp.problemWithSignature(certificate, message, signature);
        if (problem.isPresent()) {
            throw ProposalCheck.refusal(Status.PERMISSION_DENIED, "creator rejected: " + problem.get());
        }
        NodeOu role = Msp.roleOf(certificate).orElseThrow(); // a member always carries a role
        if (!policy.admits(role)) {
            throw ProposalCheck.refusal(Status.PERMISSION_DENIED, "the creator, " + article(role) + " of "
                    + creator.getMspid() + ", does not satisfy the channel's " + policy.policyName() + " policy: "
                    + channel.channelId() + " admits a " + policy.admittedRoles() + " of a member organisation");
        }
    }

    private static String article(NodeOu role) {
        return (role == NodeOu.ADMIN || role == NodeOu.ORDERER ? "an " : "a ") + role.ou();
    }
}
