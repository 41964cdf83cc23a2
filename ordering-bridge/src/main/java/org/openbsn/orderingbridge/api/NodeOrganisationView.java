package org.openbsn.orderingbridge.api;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.util.HexFormat;

/** A city node's Fabric organisation as the portal shows it: MSP id, CA and TLS CA certificates (PEM). */
public record NodeOrganisationView(String nodeId, String mspId, String caCertificatePem, String tlsCaCertificatePem) {

    /** The SHA-256 fingerprint of the CA certificate, as {@code openssl x509 -fingerprint -sha256} prints it. */
    public String caFingerprint() {
        try {
            byte[] der = CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(caCertificatePem.getBytes(StandardCharsets.US_ASCII))).getEncoded();
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (GeneralSecurityException e) {
            return "";
        }
    }
}
