package org.openbsn.gatewayadapter.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.gatewayadapter.protocol.GatewaySigner;

/** The gateway's signing identity from BSN_GATEWAY_CERT and BSN_GATEWAY_KEY, and what start-up says when they are wrong. */
class GatewaySignersTest {

    @TempDir
    Path files;

    private static X509Certificate selfSigned(KeyPair pair) throws OperatorCreationException, GeneralSecurityException {
        X500Name name = new X500Name("CN=gateway.test");
        Instant now = Instant.now();
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(now), Date.from(now.plus(1, ChronoUnit.DAYS)), name, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(files.resolve(name), text);
    }

    @Test
    void aMatchingCertificateAndKeySignRepliesThatVerifyWithTheCertificate() throws Exception {
        KeyPair pair = Pems.newP256KeyPair();
        X509Certificate certificate = selfSigned(pair);
        GatewaySigner signer = GatewaySigners.fromFiles(new GatewayProperties(
                write("cert.pem", Pems.of(certificate)), write("key.pem", Pems.of(pair.getPrivate())), "", 1024));

        assertThat(signer.certificatePem()).isEqualTo(Pems.of(certificate));
        Signature verify = Signature.getInstance("SHA256withECDSA");
        verify.initVerify(certificate.getPublicKey());
        verify.update("0success".getBytes());
        assertThat(verify.verify(Base64.getDecoder().decode(signer.sign("0success")))).isTrue();
    }

    @Test
    void everyMissingOrUnreadableSettingIsNamedInOneMessageWithoutTheKeysContent() throws Exception {
        Path notACertificate = write("cert.pem", "hello");
        assertThatThrownBy(() -> GatewaySigners.fromFiles(new GatewayProperties(notACertificate, null, "", 1024)))
                .hasMessageContaining("BSN_GATEWAY_CERT: " + notACertificate + " is not a PEM X.509 certificate")
                .hasMessageContaining("BSN_GATEWAY_KEY (bsn.gateway.key-file) is not set");

        Path missing = files.resolve("nowhere.pem");
        Path secretLooking = write("key.pem", "-----BEGIN PRIVATE KEY-----\nc2VjcmV0\n-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> GatewaySigners.fromFiles(new GatewayProperties(missing, secretLooking, "", 1024)))
                .hasMessageContaining("BSN_GATEWAY_CERT: " + missing + " cannot be read")
                .hasMessageContaining("BSN_GATEWAY_KEY: " + secretLooking + " is not a PEM private key")
                .hasMessageNotContaining("c2VjcmV0");
    }

    @Test
    void aKeyThatIsNotTheCertificatesIsRefused() throws Exception {
        Path certificate = write("cert.pem", Pems.of(selfSigned(Pems.newP256KeyPair())));
        Path otherKey = write("key.pem", Pems.of(Pems.newP256KeyPair().getPrivate()));

        assertThatThrownBy(() -> GatewaySigners.fromFiles(new GatewayProperties(certificate, otherKey, "", 1024)))
                .hasMessageContaining("BSN_GATEWAY_KEY is not the private key of the EC certificate in BSN_GATEWAY_CERT");
    }
}
