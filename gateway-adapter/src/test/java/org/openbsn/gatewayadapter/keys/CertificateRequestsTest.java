package org.openbsn.gatewayadapter.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;

/** Certificate requests as the BSN SDKs write them, and the ones the gateway refuses. */
class CertificateRequestsTest {

    static String csr(String subject, KeyPair subjectKey, KeyPair signingKey) throws Exception {
        byte[] der = new JcaPKCS10CertificationRequestBuilder(new X500Name(subject), subjectKey.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(signingKey.getPrivate())).getEncoded();
        // the Java SDK's form: one unwrapped Base64 line and a trailing newline
        return "-----BEGIN CERTIFICATE REQUEST-----\n" + Base64.getEncoder().encodeToString(der)
                + "\n-----END CERTIFICATE REQUEST-----\n";
    }

    @Test
    void readsTheJavaSdksSingleLineRequestAndItsCommonName() throws Exception {
        KeyPair key = Pems.newP256KeyPair();
        CertificateRequests.Verified verified = CertificateRequests.verify(csr("CN=alice@app0001,OU=client", key, key));
        assertThat(verified.commonName()).isEqualTo("alice@app0001");
        assertThat(verified.publicKey()).isEqualTo(key.getPublic());

        String oneLine = csr("CN=bob@app0001,OU=client,O=Bsn", key, key).replace("\n", "");
        assertThat(CertificateRequests.verify(oneLine).commonName()).isEqualTo("bob@app0001");
    }

    @Test
    void refusesARequestSignedByAnotherKeyOrOnAnotherCurveOrNotARequest() throws Exception {
        KeyPair key = Pems.newP256KeyPair();
        assertThatThrownBy(() -> CertificateRequests.verify(csr("CN=alice@app0001", key, Pems.newP256KeyPair())))
                .hasMessage("csrPem: the request's signature does not verify with its own public key");
        KeyPairGenerator k1 = KeyPairGenerator.getInstance("EC");
        k1.initialize(new ECGenParameterSpec("secp384r1"));
        KeyPair other = k1.generateKeyPair();
        assertThatThrownBy(() -> CertificateRequests.verify(csr("CN=alice@app0001", other, other)))
                .hasMessageContaining("not an EC P-256");
        assertThatThrownBy(() -> CertificateRequests.verify("-----BEGIN CERTIFICATE REQUEST-----\n!!\n"))
                .hasMessageContaining("not a PEM certificate request");
        assertThatThrownBy(() -> CertificateRequests.verify(""))
                .hasMessage("csrPem is missing");
    }
}
