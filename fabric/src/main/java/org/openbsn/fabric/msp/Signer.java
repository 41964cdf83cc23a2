package org.openbsn.fabric.msp;

import java.nio.charset.StandardCharsets;

import com.google.protobuf.ByteString;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/**
 * Someone who signs for an organisation without showing its key: the MSP id, the certificate Fabric sees as the
 * creator, and ECDSA P-256 signatures (low S) over SHA-256 of a message.
 */
public interface Signer {

    String mspId();

    String certificatePem();

    /** The signature over SHA-256 of {@code message}, DER-encoded with low S as Fabric requires. */
    byte[] sign(byte[] message);

    /** The serialized identity Fabric puts in a creator field. */
    default ByteString creator() {
        return SerializedIdentity.newBuilder().setMspid(mspId())
                .setIdBytes(ByteString.copyFrom(certificatePem(), StandardCharsets.UTF_8)).build().toByteString();
    }
}
