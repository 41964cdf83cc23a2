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
 * Writers policy admits. Refusals are PERMISSION_DENIED (INVALID_ARGUMENT when unreadable); a
 * {@link Denial} also carries the words Fabric's endorser uses for the same refusal of a proposal.
 */
final class ChannelAccess {

    private ChannelAccess() {
    }

    /** Why a creator was refused: devnet's explanation, and Fabric's endorser's wording of it. */
    record Denial(Status status, String explanation, String endorserWording) {
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

    /** As {@link #denial(ChannelPolicy, ChannelLedger, SerializedIdentity, byte[], byte[])}, for serialized identity bytes. */
    static Optional<Denial> denial(ChannelPolicy policy, ChannelLedger channel, ByteString creator, ByteString message,
                                   ByteString signature) {
        try {
            return denial(policy, channel, SerializedIdentity.parseFrom(creator), message.toByteArray(), signature.toByteArray());
        } catch (InvalidProtocolBufferException malformed) {
            throw ProposalCheck.refusal(Status.INVALID_ARGUMENT, "the creator is not a serialized identity");
        }
    }

    static void require(ChannelPolicy policy, ChannelLedger channel, SerializedIdentity creator, byte[] message,
                        byte[] signature) {
        denial(policy, channel, creator, message, signature).ifPresent(denied -> {
            throw ProposalCheck.refusal(denied.status(), denied.explanation());
        });
    }

    /**
     * Why {@code creator} may not send {@code message} on {@code channel}, if it may not; with a null
     * {@code policy} only its membership and signature are checked, as a peer validates every proposal.
     */
    static Optional<Denial> denial(ChannelPolicy policy, ChannelLedger channel, SerializedIdentity creator,
                                   byte[] message, byte[] signature) {
        // Fabric's msgvalidation and policy checker wordings, for a proposal refused before simulation
        String unknown = "error validating proposal: access denied: channel [" + channel.channelId()
                + "] creator org unknown, creator is malformed";
        Msp msp = channel.members().get(creator.getMspid());
        if (msp == null) {
            return Optional.of(new Denial(Status.PERMISSION_DENIED, "creator's organisation " + creator.getMspid()
                    + " is not known on channel " + channel.channelId(), unknown));
        }
        X509Certificate certificate;
        try {
            certificate = Pem.certificate(creator.getIdBytes().toByteArray());
        } catch (IllegalArgumentException malformed) {
            return Optional.of(new Denial(Status.INVALID_ARGUMENT, "creator certificate: " + malformed.getMessage(), unknown));
        }
        Optional<String> problem = msp.problemWithSignature(certificate, message, signature);
        if (problem.isPresent()) {
            return Optional.of(new Denial(Status.PERMISSION_DENIED, "creator rejected: " + problem.get(),
                    "error validating proposal: access denied: channel [" + channel.channelId() + "] creator org ["
                            + creator.getMspid() + "]"));
        }
        NodeOu role = Msp.roleOf(certificate).orElseThrow(); // a member always carries a role
        if (policy != null && !policy.admits(role)) {
            return Optional.of(new Denial(Status.PERMISSION_DENIED, "the creator, " + article(role) + " of "
                    + creator.getMspid() + ", does not satisfy the channel's " + policy.policyName() + " policy: "
                    + channel.channelId() + " admits a " + policy.admittedRoles() + " of a member organisation",
                    "Failed evaluating policy on signed data during check policy on channel [" + channel.channelId()
                            + "] with policy [/Channel/Application/" + policy.policyName() + "]: [implicit policy"
                            + " evaluation failed - 0 sub-policies were satisfied, but this policy requires 1 of the '"
                            + policy.policyName() + "' sub-policies to be satisfied]"));
        }
        return Optional.empty();
    }

    private static String article(NodeOu role) {
        return (role == NodeOu.ADMIN || role == NodeOu.ORDERER ? "an " : "a ") + role.ou();
    }
}
