package org.openbsn.gatewayadapter.endpoint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeHeaderExtension;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ChaincodeInput;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeSpec;
import org.hyperledger.fabric.protos.peer.Proposal;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.openbsn.gatewayadapter.keys.Pems;

/**
 * A public-key-upload user's proposal built the way BSN's Java SDK builds it (BSN-GATEWAY.md §5):
 * ENDORSER_TRANSACTION header at millisecond precision, creator = SerializedIdentity with the PEM
 * certificate (ending in a newline), 24 random nonce bytes, tx_id = hex SHA-256(nonce ‖ creator),
 * a JAVA chaincode spec, and a low-S ECDSA-SHA256 signature over the proposal bytes. The fields a
 * test wants wrong can be set before {@link #transData()}.
 */
final class BsnProposal {

    private static final SecureRandom RANDOM = new SecureRandom();

    String channelId;
    String mspId = "Org1MSP";
    String chaincode = "base";
    X509Certificate creator;
    PrivateKey signingKey;
    byte[] nonce = new byte[24];
    String txIdOverride;
    List<String> args;

    BsnProposal(String channelId, X509Certificate creator, PrivateKey key, String function, String... args) {
        this.channelId = channelId;
        this.creator = creator;
        this.signingKey = key;
        RANDOM.nextBytes(nonce);
        this.args = new ArrayList<>(List.of(function));
        this.args.addAll(List.of(args));
    }

    byte[] creatorBytes() {
        String pem = Pems.of(creator).replace("\r\n", "\n");
        return SerializedIdentity.newBuilder().setMspid(mspId)
                .setIdBytes(ByteString.copyFromUtf8(pem.endsWith("\n") ? pem : pem + "\n")).build().toByteArray();
    }

    String txId() {
        if (txIdOverride != null) {
            return txIdOverride;
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(nonce);
            sha256.update(creatorBytes());
            return HexFormat.of().formatHex(sha256.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    SignedProposal signedProposal() {
        long now = System.currentTimeMillis();
        ChannelHeader channel = ChannelHeader.newBuilder().setType(HeaderType.ENDORSER_TRANSACTION_VALUE).setVersion(0)
                .setEpoch(0).setChannelId(channelId).setTxId(txId())
                .setTimestamp(Timestamp.newBuilder().setSeconds(now / 1000).setNanos((int) (now % 1000) * 1_000_000))
                .setExtension(ChaincodeHeaderExtension.newBuilder()
                        .setChaincodeId(ChaincodeID.newBuilder().setName(chaincode)).build().toByteString())
                .build();
        SignatureHeader signature = SignatureHeader.newBuilder().setCreator(ByteString.copyFrom(creatorBytes()))
                .setNonce(ByteString.copyFrom(nonce)).build();
        ChaincodeInput.Builder input = ChaincodeInput.newBuilder();
        args.forEach(arg -> input.addArgs(ByteString.copyFrom(arg, StandardCharsets.UTF_8)));
        ChaincodeInvocationSpec invocation = ChaincodeInvocationSpec.newBuilder().setChaincodeSpec(ChaincodeSpec.newBuilder()
                .setType(ChaincodeSpec.Type.JAVA).setChaincodeId(ChaincodeID.newBuilder().setName(chaincode))
                .setInput(input)).build();
        Proposal proposal = Proposal.newBuilder()
                .setHeader(Header.newBuilder().setChannelHeader(channel.toByteString())
                        .setSignatureHeader(signature.toByteString()).build().toByteString())
                .setPayload(ChaincodeProposalPayload.newBuilder().setInput(invocation.toByteString()).build().toByteString())
                .build();
        byte[] bytes = proposal.toByteArray();
        return SignedProposal.newBuilder().setProposalBytes(ByteString.copyFrom(bytes))
                .setSignature(ByteString.copyFrom(sign(signingKey, bytes))).build();
    }

    String transData() {
        return Base64.getEncoder().encodeToString(signedProposal().toByteArray());
    }

    /** ECDSA-SHA256, DER, low S: what fabric-sdk's CryptoPrimitives.sign makes. */
    static byte[] sign(PrivateKey key, byte[] data) {
        try {
            return Signers.newPrivateKeySigner(key).sign(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
