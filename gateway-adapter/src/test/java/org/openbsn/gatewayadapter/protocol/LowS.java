package org.openbsn.gatewayadapter.protocol;

import java.math.BigInteger;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.sec.SECNamedCurves;

/** Reads S out of a DER ECDSA signature and tells whether it is in the lower half of secp256r1's order. */
final class LowS {

    private static final BigInteger HALF_ORDER = SECNamedCurves.getByName("secp256r1").getN().shiftRight(1);

    private LowS() {
    }

    static boolean isLow(byte[] der) {
        ASN1Sequence sequence = ASN1Sequence.getInstance(der);
        BigInteger s = ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue();
        return s.compareTo(HALF_ORDER) <= 0;
    }
}
