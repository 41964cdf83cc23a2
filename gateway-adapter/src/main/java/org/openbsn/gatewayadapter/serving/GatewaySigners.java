package org.openbsn.gatewayadapter.serving;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.openbsn.gatewayadapter.keys.KeyVault;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.gatewayadapter.protocol.GatewaySigner;
import org.openbsn.infra.ledger.MemberCertificates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the gateway's signing identity comes from: the configured PEM files, or else one made at the
 * first start (a P-256 key sealed in the {@link KeyVault}, certified as {@code gateway.<msp>} by the
 * member CA: devnet's organisation, or on real Fabric the participant organisation) and read back at
 * every later start, so business systems keep verifying replies with the same certificate.
 */
final class GatewaySigners {

    private static final Logger LOG = LoggerFactory.getLogger(GatewaySigners.class);
    private static final String CERTIFICATE = "BSN_GATEWAY_CERT";
    private static final String KEY = "BSN_GATEWAY_KEY";

    private GatewaySigners() {
    }

    /** The identity in the configured files; every missing or unreadable one is named in one message. */
    static GatewaySigner fromFiles(GatewayProperties properties) {
        List<String> problems = new ArrayList<>();
        X509Certificate certificate = read(properties.certificateFile(), CERTIFICATE, "bsn.gateway.certificate-file", problems)
                .flatMap(pem -> parse(() -> Pems.certificate(pem), CERTIFICATE, properties.certificateFile(), problems))
                .orElse(null);
        PrivateKey key = read(properties.keyFile(), KEY, "bsn.gateway.key-file", problems)
                .flatMap(pem -> parse(() -> Pems.privateKey(pem), KEY, properties.keyFile(), problems))
                .orElse(null);
        if (certificate != null && key != null && !matches(key, certificate)) {
            problems.add(KEY + " is not the private key of the EC certificate in " + CERTIFICATE);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The gateway's signing identity cannot be loaded: " + String.join("; ", problems));
        }
        LOG.info("The gateway signs its replies with the configured certificate {}", certificate.getSubjectX500Principal());
        return new GatewaySigner(key, Pems.of(certificate));
    }

    /** The identity made at the first start, or made now by {@code ca} when there is none yet. */
    static GatewaySigner generated(KeyVault vault, MemberCertificates ca, JdbcClient jdbc) {
        Optional<GatewaySigner> kept = kept(vault, jdbc);
        if (kept.isPresent()) {
            return kept.get();
        }
        if (ca == null) {
            throw new IllegalStateException("The gateway has no signing identity: set BSN_GATEWAY_CERT and BSN_GATEWAY_KEY,"
                    + " or run with a member CA that can issue one (devnet's organisation, or the participant"
                    + " organisation with BSN_LEDGER=fabric)");
        }
        KeyPair pair = Pems.newP256KeyPair();
        String keyId = "gateway-signer:" + UUID.randomUUID();
        String commonName = "gateway." + ca.mspId().toLowerCase(Locale.ROOT);
        vault.put(keyId, pair.getPrivate());
        String certificatePem = Pems.of(ca.issueClient(commonName, pair.getPublic()));
        int stored = jdbc.sql("""
                insert into gateway_signer (id, key_id, certificate_pem) values (1, :key, :certificate)
                on conflict (id) do nothing""").param("key", keyId).param("certificate", certificatePem).update();
        if (stored == 0) {
            // another portal instance sharing the database made one first: use that one
            vault.remove(keyId);
        } else {
            LOG.info("The gateway signs its replies with a certificate it generated: CN={}, issued by {}'s CA", commonName,
                    ca.mspId());
        }
        return kept(vault, jdbc).orElseThrow(() -> new IllegalStateException("the gateway's signing identity was stored"
                + " but cannot be read back"));
    }

    private static Optional<GatewaySigner> kept(KeyVault vault, JdbcClient jdbc) {
        record Row(String keyId, String certificatePem) {
        }
        return jdbc.sql("select key_id, certificate_pem from gateway_signer where id = 1")
                .query((rs, row) -> new Row(rs.getString(1), rs.getString(2))).optional()
                .map(row -> new GatewaySigner(vault.get(row.keyId()).orElseThrow(() -> new IllegalStateException(
                        "the gateway's signing key " + row.keyId() + " is missing from gateway_private_key")),
                        row.certificatePem()));
    }

    private static Optional<String> read(Path file, String variable, String property, List<String> problems) {
        if (!GatewayProperties.isSet(file)) {
            problems.add(variable + " (" + property + ") is not set");
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException unreadable) {
            problems.add(variable + ": " + file + " cannot be read");
            return Optional.empty();
        }
    }

    private static <T> Optional<T> parse(Supplier<T> parser, String setting, Path file,
                                         List<String> problems) {
        try {
            return Optional.of(parser.get());
        } catch (IllegalArgumentException wrong) {
            problems.add(setting + ": " + file + " " + wrong.getMessage());
            return Optional.empty();
        }
    }

    private static boolean matches(PrivateKey key, X509Certificate certificate) {
        try {
            byte[] probe = "gateway identity check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException notEc) {
            return false;
        }
    }
}
