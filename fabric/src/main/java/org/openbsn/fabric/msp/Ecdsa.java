package org.openbsn.fabric.msp;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;

/**
 * ECDSA on P-256 over SHA-256 as Fabric uses it: DER {@code SEQUENCE{r,s}} with S in the lower
 * half of the curve order. The JDK accepts high-S signatures; Fabric does not, and neither does this.
 */
public final class Ecdsa {

    private static final BigInteger ORDER = ECNamedCurveTable.getByName("secp256r1").getN();
    private static final BigInteger HALF_ORDER = ORDER.shiftRight(1);

    private Ecdsa() {
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 keys are not available", e);
        }
    }

    /** Signs SHA-256 of {@code message}, normalised to low S. */
    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(key);
            signer.update(message);
            return toLowS(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign", e);
        }
    }

    /** True only for a well-formed, low-S signature by {@code key} over SHA-256 of {@code message}. */
    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        if (signature == null || signature.length == 0) {
            return false;
        }
        try {
            BigInteger[] rs = decode(signature);
            if (rs[1].compareTo(HALF_ORDER) > 0 || rs[0].signum() <= 0 || rs[1].signum() <= 0) {
                return false;
            }
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IOException | IllegalArgumentException | ClassCastException malformed) {
            return false;
        }
    }

    /** The same signature with S replaced by n − S when S is in the upper half (both verify; Fabric wants the lower). */
    public static byte[] toLowS(byte[] signature) {
        try {
            BigInteger[] rs = decode(signature);
            if (rs[1].compareTo(HALF_ORDER) <= 0) {
                return signature;
            }
            return encode(rs[0], ORDER.subtract(rs[1]));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a DER ECDSA signature", e);
        }
    }

    /** The high-S twin of a signature (for tests that must see it refused). */
    public static byte[] toHighS(byte[] signature) {
        try {
            BigInteger[] rs = decode(signature);
            return rs[1].compareTo(HALF_ORDER) > 0 ? signature : encode(rs[0], ORDER.subtract(rs[1]));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a DER ECDSA signature", e);
        }
    }

    private static BigInteger[] decode(byte[] der) throws IOException {
        ASN1Sequence sequence = (ASN1Sequence) ASN1Primitive.fromByteArray(der);
        if (sequence.size() != 2) {
            throw new IOException("An ECDSA signature has exactly two integers");
        }
        return new BigInteger[] {
                ((ASN1Integer) sequence.getObjectAt(0)).getValue(),
                ((ASN1Integer) sequence.getObjectAt(1)).getValue()};
    }

    private static byte[] encode(BigInteger r, BigInteger s) throws IOException {
        ASN1EncodableVector vector = new ASN1EncodableVector();
        vector.add(new ASN1Integer(r));
        vector.add(new ASN1Integer(s));
        return new DERSequence(vector).getEncoded("DER");
    }
}
