package org.openbsn.devnet.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;

/** Fabric's derived identifiers: the transaction id and the proposal hash. */
public final class TransactionIds {

    private TransactionIds() {
    }

    /** Lowercase hex SHA-256 of the nonce followed by the creator bytes. */
    public static String of(ByteString nonce, ByteString creator) {
        MessageDigest sha256 = sha256();
        sha256.update(nonce.toByteArray());
        sha256.update(creator.toByteArray());
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * SHA-256 of the channel header bytes, the signature header bytes, and the chaincode proposal
     * payload re-serialised with its input only (no transient map).
     */
    public static byte[] proposalHash(ByteString channelHeader, ByteString signatureHeader, ByteString proposalPayload) {
        try {
            ChaincodeProposalPayload inputOnly = ChaincodeProposalPayload.newBuilder()
                    .setInput(ChaincodeProposalPayload.parseFrom(proposalPayload).getInput()).build();
            MessageDigest sha256 = sha256();
            sha256.update(channelHeader.toByteArray());
            sha256.update(signatureHeader.toByteArray());
            sha256.update(inputOnly.toByteArray());
            return sha256.digest();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("Malformed chaincode proposal payload", e);
        }
    }

    /** The transaction id in the envelope's channel header ("" for a genesis block's), or null when unreadable. */
    static String of(Envelope envelope) {
        try {
            Payload payload = Payload.parseFrom(envelope.getPayload());
            return ChannelHeader.parseFrom(payload.getHeader().getChannelHeader()).getTxId();
        } catch (InvalidProtocolBufferException e) {
            return null;
        }
    }

    static boolean isEndorserTransaction(Envelope envelope) throws InvalidProtocolBufferException {
        Payload payload = Payload.parseFrom(envelope.getPayload());
        return ChannelHeader.parseFrom(payload.getHeader().getChannelHeader()).getType() == HeaderType.ENDORSER_TRANSACTION_VALUE;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
