package org.openbsn.devnet.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import com.google.protobuf.ByteString;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;

/** Fabric's block hashes: data hash over the concatenated entries, header hash over DER {number, previous, data}. */
public final class BlockHashing {

    private BlockHashing() {
    }

    public static byte[] dataHash(BlockData data) {
        MessageDigest sha256 = sha256();
        data.getDataList().forEach(entry -> sha256.update(entry.toByteArray()));
        return sha256.digest();
    }

    public static byte[] headerHash(BlockHeader header) {
        ASN1EncodableVector fields = new ASN1EncodableVector();
        fields.add(new ASN1Integer(BigInteger.valueOf(header.getNumber())));
        fields.add(new DEROctetString(header.getPreviousHash().toByteArray()));
        fields.add(new DEROctetString(header.getDataHash().toByteArray()));
        try {
            return sha256().digest(new DERSequence(fields).getEncoded("DER"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ByteString bytes(byte[] value) {
        return ByteString.copyFrom(value);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
