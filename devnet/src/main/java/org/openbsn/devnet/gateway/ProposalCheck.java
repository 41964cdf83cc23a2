package org.openbsn.devnet.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Status;
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
import org.openbsn.devnet.msp.Msp;
import org.openbsn.devnet.msp.Pem;

/**
 * A signed proposal checked the way a peer checks it (FABRIC-NOTES.md, "Proposal"): an endorser
 * transaction of epoch 0, a nonce and a creator, a transaction id that recomputes, and a creator
 * who is a member of a known organisation and signed the exact proposal bytes with low S.
 */
record ProposalCheck(String channelId, String txId, String chaincodeName, List<ByteString> args, String mspId) {

    /** Parses and checks {@code signed}; a refusal is a gRPC status that says what is wrong. */
    static ProposalCheck of(SignedProposal signed, Map<String, Msp> organisations) {
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
            String expectedTxId = txId(signature.getNonce(), signature.getCreator());
            if (!expectedTxId.equals(channel.getTxId())) {
                throw refusal(Status.INVALID_ARGUMENT, "transaction id " + channel.getTxId()
                        + " does not match the nonce and creator");
            }
            SerializedIdentity creator = SerializedIdentity.parseFrom(signature.getCreator());
            Msp msp = organisations.get(creator.getMspid());
            if (msp == null) {
                throw refusal(Status.PERMISSION_DENIED, "creator's organisation " + creator.getMspid() + " is not known");
            }
            X509Certificate certificate = Pem.certificate(creator.getIdBytes().toByteArray());
            Optional<String> problem = msp.problemWithSignature(certificate, signed.getProposalBytes().toByteArray(),
                    signed.getSignature().toByteArray());
            if (problem.isPresent()) {
                throw refusal(Status.PERMISSION_DENIED, "creator rejected: " + problem.get());
            }
            String chaincode = ChaincodeHeaderExtension.parseFrom(channel.getExtension()).getChaincodeId().getName();
            ChaincodeInvocationSpec invocation = ChaincodeInvocationSpec.parseFrom(
                    ChaincodeProposalPayload.parseFrom(proposal.getPayload()).getInput());
            return new ProposalCheck(channel.getChannelId(), channel.getTxId(), chaincode,
                    invocation.getChaincodeSpec().getInput().getArgsList(), creator.getMspid());
        } catch (InvalidProtocolBufferException | IllegalArgumentException malformed) {
            throw refusal(Status.INVALID_ARGUMENT, "malformed proposal: " + malformed.getMessage());
        }
    }

    /** Fabric's transaction id: lowercase hex SHA-256 of nonce followed by creator bytes. */
    static String txId(ByteString nonce, ByteString creator) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(nonce.toByteArray());
            sha256.update(creator.toByteArray());
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static io.grpc.StatusRuntimeException refusal(Status status, String message) {
        return status.withDescription(message).asRuntimeException();
    }

    List<byte[]> argumentBytes() {
        return args.stream().map(ByteString::toByteArray).toList();
    }

    @Override
    public String toString() {
        return chaincodeName + " on " + channelId + " (" + txId + ", " + new String(args.isEmpty() ? new byte[0]
                : args.get(0).toByteArray(), StandardCharsets.UTF_8) + ")";
    }
}
