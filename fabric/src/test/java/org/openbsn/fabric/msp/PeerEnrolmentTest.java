package org.openbsn.fabric.msp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.fabric.admin.PeerAdmin;
import org.openbsn.fabric.testing.Peer;
import org.openbsn.fabric.testing.RealFabric;

/** A node owner's peer files, as the portal gives them: what is in them, and that Fabric's own peer runs on them. */
class PeerEnrolmentTest {

    @TempDir
    Path work;

    @Test
    void theZipHoldsAPeerOfTheOrganisationWithATlsCertificateForItsAddress() throws Exception {
        OrganisationVault vault = new OrganisationVault(work.resolve("vault"));
        OrganisationVault.KeptOrganisation kept = vault.ensure("NodeAMSP", "nodea.test");
        Map<String, String> files = unzip(vault.enrolPeer("NodeAMSP", "peer0", "peer0.nodea.example.com", 7051));

        assertThat(files).containsOnlyKeys("peer/msp/cacerts/ca.pem", "peer/msp/tlscacerts/tlsca.pem",
                "peer/msp/signcerts/cert.pem", "peer/msp/keystore/priv_sk", "peer/msp/config.yaml", "peer/tls/server.crt",
                "peer/tls/server.key", "peer/tls/ca.crt", "peer/README.txt");
        X509Certificate identity = Pem.certificate(files.get("peer/msp/signcerts/cert.pem").getBytes(StandardCharsets.US_ASCII));
        Msp msp = new Msp("NodeAMSP", Pem.certificate(kept.caPem().getBytes(StandardCharsets.US_ASCII)));
        assertThat(msp.problemWith(identity, Instant.now())).isEmpty();
        assertThat(identity.getSubjectX500Principal().getName()).contains("OU=peer");
        X509Certificate tls = Pem.certificate(files.get("peer/tls/server.crt").getBytes(StandardCharsets.US_ASCII));
        assertThat(tls.getSubjectAlternativeNames().stream().map(name -> (Object) name.get(1)).toList())
                .containsExactly("peer0.nodea.example.com");
        tls.verify(Pem.certificate(kept.tlsCaPem().getBytes(StandardCharsets.US_ASCII)).getPublicKey());
        byte[] message = "proof".getBytes(StandardCharsets.UTF_8);
        assertThat(Ecdsa.verify(identity.getPublicKey(), message,
                Ecdsa.sign(Pem.privateKey(files.get("peer/msp/keystore/priv_sk")), message))).isTrue();
        assertThat(files.get("peer/README.txt")).contains("CORE_PEER_LOCALMSPID=NodeAMSP", "peer0.nodea.example.com:7051");
        assertThat(unzip(vault.enrolPeer("NodeAMSP", "peer0", "10.0.0.7", 7051)).get("peer/msp/keystore/priv_sk"))
                .as("every enrolment makes new keys").isNotEqualTo(files.get("peer/msp/keystore/priv_sk"));
    }

    @Test
    @Tag("real-fabric")
    void fabricsOwnPeerRunsOnTheFilesAndServesTheOrganisationsAdmin() throws Exception {
        try (RealFabric fabric = RealFabric.start(work.resolve("network"), List.of())) {
            OrganisationVault vault = new OrganisationVault(work.resolve("vault"));
            vault.ensure("NodeBMSP", "nodeb.test");
            int port = fabric.freePort();
            Path enrolment = work.resolve("owner");
            unzip(vault.enrolPeer("NodeBMSP", "peer0", "127.0.0.1", port)).forEach((name, text) -> {
                try {
                    Path file = enrolment.resolve(name);
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, text, StandardCharsets.US_ASCII);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Peer peer = fabric.startPeer("NodeBMSP", "peer0", enrolment.resolve("peer"), port);
            try (PeerAdmin admin = new PeerAdmin(peer.host(), peer.port(), peer.tlsCaPem(), "")) {
                assertThat(admin.channels(vault.adminOf("NodeBMSP"))).as("the peer answers its organisation's admin").isEmpty();
            }
        }
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            }
        }
        return files;
    }
}
