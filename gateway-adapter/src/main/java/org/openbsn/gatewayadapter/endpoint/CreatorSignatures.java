package org.openbsn.gatewayadapter.endpoint;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.sec.SECNamedCurves;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Signatures a creator made itself: ECDSA-SHA256, DER, and — as Fabric's peers require — low S.
 * Also reads the common name a creator certificate carries (BSN's createName).
 */
final class CreatorSignatures {

    private static final BigInteger HALF_ORDER = SECNamedCurves.getByName("secp256r1").getN().shiftRight(1);

    private CreatorSignatures() {
    }

    /** What is wrong with {@code der} as a signature of {@code data} by {@code key}, or null when nothing is. */
    static String problem(PublicKey key, byte[] data, byte[] der) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initVerify(key);
            signature.update(data);
            if (!signature.verify(der)) {
                return "does not verify";
            }
        } catch (GeneralSecurityException | IllegalArgumentException malformed) {
            return "is not a DER ECDSA signature";
        }
        BigInteger s = ASN1Integer.getInstance(ASN1Sequence.getInstance(der).getObjectAt(1)).getValue();
        return s.compareTo(HALF_ORDER) > 0 ? "has a high S value; Fabric accepts only low-S ECDSA signatures" : null;
    }

    /** The certificate's subject CN, or {@code ""} when it has none. */
    static String commonName(X509Certificate certificate) {
        RDN[] names = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
        return names.length == 0 ? "" : IETFUtils.valueToString(names[0].getFirst().getValue());
    }
}
