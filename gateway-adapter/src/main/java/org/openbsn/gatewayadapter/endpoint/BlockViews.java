package org.openbsn.gatewayadapter.endpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.openbsn.gatewayadapter.keys.Pems;

/**
 * Blocks as BSN reports them: the header hash (SHA-256 over Fabric's ASN.1 DER of number,
 * previous_hash and data_hash) and, for each transaction, its id, validation code (from the
 * TRANSACTIONS_FILTER metadata), the CN of its creator and its channel-header timestamp.
 */
final class BlockViews {

    /** Fabric's code for a transaction the block's filter does not cover (INVALID_OTHER_REASON). */
    private static final int UNKNOWN_STATUS = 255;

    private BlockViews() {
    }

    /** One transaction of a block, in the terms of getTransaction and getBlockInfo. */
    record TransactionSummary(String txId, int status, String createName, long timeSpanSec, long timeSpanNsec,
                              Envelope envelope) {
    }

    static byte[] headerHash(BlockHeader header) {
        ASN1EncodableVector fields = new ASN1EncodableVector();
        fields.add(new ASN1Integer(BigInteger.valueOf(header.getNumber())));
        fields.add(new DEROctetString(header.getPreviousHash().toByteArray()));
        fields.add(new DEROctetString(header.getDataHash().toByteArray()));
        try {
            return MessageDigest.getInstance("SHA-256").digest(new DERSequence(fields).getEncoded("DER"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<TransactionSummary> transactions(Block block) {
        ByteString filter = block.getMetadata().getMetadataCount() > BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE
                ? block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE) : ByteString.EMPTY;
        List<TransactionSummary> summaries = new ArrayList<>();
        for (int i = 0; i < block.getData().getDataCount(); i++) {
            int status = i < filter.size() ? Byte.toUnsignedInt(filter.byteAt(i)) : UNKNOWN_STATUS;
            summaries.add(summary(block.getData().getData(i), status));
        }
        return summaries;
    }

    private static TransactionSummary summary(ByteString entry, int status) {
        try {
            Envelope envelope = Envelope.parseFrom(entry);
            Header header = Payload.parseFrom(envelope.getPayload()).getHeader();
            ChannelHeader channel = ChannelHeader.parseFrom(header.getChannelHeader());
            SerializedIdentity creator = SerializedIdentity.parseFrom(SignatureHeader.parseFrom(header.getSignatureHeader())
                    .getCreator());
            return new TransactionSummary(channel.getTxId(), status, createName(creator), channel.getTimestamp().getSeconds(),
                    channel.getTimestamp().getNanos(), envelope);
        } catch (InvalidProtocolBufferException unreadable) {
            throw new IllegalStateException("a block holds an entry that is not a transaction envelope", unreadable);
        }
    }

    /** The CN of the creator's certificate; {@code ""} for a creator without one (a config transaction's orderer may be). */
    static String createName(SerializedIdentity creator) {
        if (creator.getIdBytes().isEmpty()) {
            return "";
        }
        try {
            return CreatorSignatures.commonName(Pems.certificate(creator.getIdBytes().toStringUtf8()));
        } catch (IllegalArgumentException notACertificate) {
            return "";
        }
    }
}
