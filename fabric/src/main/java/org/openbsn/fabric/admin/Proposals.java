package org.openbsn.fabric.admin;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.peer.ChaincodeHeaderExtension;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ChaincodeInput;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeSpec;
import org.hyperledger.fabric.protos.peer.Proposal;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.openbsn.fabric.msp.Signer;

/** Signed proposals as Fabric's {@code protoutil} builds them: a chaincode invocation by one identity. */
final class Proposals {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Proposals() {
    }

    /** {@code args} for chaincode {@code chaincode} on {@code channelId} ("" for a peer's own system chaincodes), signed by {@code signer}. */
    static SignedProposal of(Signer signer, String channelId, String chaincode, List<ByteString> args) {
        byte[] nonce = new byte[24];
        RANDOM.nextBytes(nonce);
        ByteString creator = signer.creator();
        Instant now = Instant.now();
        ChannelHeader channelHeader = ChannelHeader.newBuilder().setType(HeaderType.ENDORSER_TRANSACTION_VALUE)
                .setChannelId(channelId).setTxId(txId(nonce, creator.toByteArray()))
                .setTimestamp(Timestamp.newBuilder().setSeconds(now.getEpochSecond()).setNanos(now.getNano()))
                .setExtension(ChaincodeHeaderExtension.newBuilder().setChaincodeId(ChaincodeID.newBuilder()
                        .setName(chaincode)).build().toByteString())
                .build();
        SignatureHeader signatureHeader = SignatureHeader.newBuilder().setCreator(creator)
                .setNonce(ByteString.copyFrom(nonce)).build();
        ChaincodeInvocationSpec invocation = ChaincodeInvocationSpec.newBuilder().setChaincodeSpec(ChaincodeSpec.newBuilder()
                .setType(ChaincodeSpec.Type.GOLANG).setChaincodeId(ChaincodeID.newBuilder().setName(chaincode))
                .setInput(ChaincodeInput.newBuilder().addAllArgs(args))).build();
        Proposal proposal = Proposal.newBuilder()
                .setHeader(Header.newBuilder().setChannelHeader(channelHeader.toByteString())
                        .setSignatureHeader(signatureHeader.toByteString()).build().toByteString())
                .setPayload(payload(invocation))
                .build();
        ByteString bytes = proposal.toByteString();
        return SignedProposal.newBuilder().setProposalBytes(bytes)
                .setSignature(ByteString.copyFrom(signer.sign(bytes.toByteArray()))).build();
    }

    private static ByteString payload(ChaincodeInvocationSpec invocation) {
        return ChaincodeProposalPayload.newBuilder().setInput(invocation.toByteString()).build().toByteString();
    }

    private static String txId(byte[] nonce, byte[] creator) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(nonce);
            digest.update(creator);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
