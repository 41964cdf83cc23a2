package org.openbsn.devnet.gateway;

import java.util.List;
import java.util.Optional;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeHeaderExtension;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.Proposal;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.devnet.ledger.TransactionIds;
import org.openbsn.devnet.policy.ChannelPolicy;
import org.openbsn.devnet.policy.Endorser;
import org.openbsn.fabric.msp.Msp;
import org.openbsn.fabric.msp.Pem;

/**
 * A signed proposal checked the way a peer checks it (FABRIC-NOTES.md, "Proposal"): an endorser
 * transaction of epoch 0, a nonce and a creator, a transaction id that recomputes, and a creator
 * who signed the exact proposal bytes and satisfies the channel's policy for proposals (Writers).
 */
record ProposalCheck(SignedProposal signed, ByteString channelHeader, ByteString signatureHeader,
                     ByteString proposalPayload, String channelId, String txId, String chaincodeName,
                     List<ByteString> args, SerializedIdentity creator) {

    /** Parses {@code signed} and checks everything that needs no channel membership. */
    static ProposalCheck parse(SignedProposal signed) {
        try {
            Proposal proposal = Proposal.parseFrom(signed.getProposalBytes());
            Header header = Header.parseFrom(proposal.getHeader());
            ChannelHeader channel = ChannelHeader.parseFrom(header.getChannelHeader());
            SignatureHeader signature = SignatureHeader.parseFrom(header.getSignatureHeader());
            if (channel.getType() != HeaderType.ENDORSER_TRANSACTION_VALUE) {
                throw refusal(Status.INVALID_ARGUMENT, "proposal is not an endorser transaction (type " + channel.getType() + ")");
            }
            if (channel.getEpoch() != 0) {
                throw refusal(Status.INVALID_ARGUMENT, "proposal epoch must be 0");
            }
            if (signature.getNonce().isEmpty() || signature.getCreator().isEmpty()) {
                throw refusal(Status.INVALID_ARGUMENT, "proposal has no nonce or no creator");
            }
            if (!TransactionIds.of(signature.getNonce(), signature.getCreator()).equals(channel.getTxId())) {
                throw refusal(Status.INVALID_ARGUMENT, "transaction id " + channel.getTxId()
                        + " does not match the nonce and creator");
            }
            String chaincode = ChaincodeHeaderExtension.parseFrom(channel.getExtension()).getChaincodeId().getName();
            ChaincodeInvocationSpec invocation = ChaincodeInvocationSpec.parseFrom(
                    ChaincodeProposalPayload.parseFrom(proposal.getPayload()).getInput());
            return new ProposalCheck(signed, header.getChannelHeader(), header.getSignatureHeader(), proposal.getPayload(),
                    channel.getChannelId(), channel.getTxId(), chaincode,
                    invocation.getChaincodeSpec().getInput().getArgsList(),
                    SerializedIdentity.parseFrom(signature.getCreator()));
        } catch (InvalidProtocolBufferException | IllegalArgumentException malformed) {
            throw refusal(Status.INVALID_ARGUMENT, "malformed proposal: " + malformed.getMessage());
        }
    }

    /** Checks that the creator signed this proposal and satisfies {@code policy} on {@code channel}. */
    ProposalCheck authorisedBy(ChannelPolicy policy, ChannelLedger channel) {
        ChannelAccess.require(policy, channel, creator, signed.getProposalBytes().toByteArray(),
                signed.getSignature().toByteArray());
        return this;
    }

    /** Why the creator may not send this proposal on {@code channel}; a null {@code policy} checks membership and signature only. */
    Optional<ChannelAccess.Denial> denial(ChannelPolicy policy, ChannelLedger channel) {
        return ChannelAccess.denial(policy, channel, creator, signed.getProposalBytes().toByteArray(),
                signed.getSignature().toByteArray());
    }

    /** The creator as a policy judges it: its organisation and role (its signature and membership checked before). */
    Endorser creatorAsSigner() {
        try {
            return new Endorser(creator.getMspid(), Msp.roleOf(Pem.certificate(creator.getIdBytes().toByteArray()))
                    .orElseThrow(() -> refusal(Status.PERMISSION_DENIED, "the creator's certificate carries no role")));
        } catch (IllegalArgumentException malformed) {
            throw refusal(Status.INVALID_ARGUMENT, "the creator's certificate cannot be read");
        }
    }

    static StatusRuntimeException refusal(Status status, String message) {
        return status.withDescription(message).asRuntimeException();
    }

    List<byte[]> argumentBytes() {
        return args.stream().map(ByteString::toByteArray).toList();
    }
}
