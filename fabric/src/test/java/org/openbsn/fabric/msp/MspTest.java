package org.openbsn.fabric.msp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Organisations, certificates and signatures checked the way a Fabric peer checks them. */
class MspTest {

    private static final byte[] PROPOSAL = "proposal bytes".getBytes(StandardCharsets.UTF_8);

    private final OrganisationCa org1 = OrganisationCa.create("Org1MSP", "org1.example.com");
    private final OrganisationCa org2 = OrganisationCa.create("Org2MSP", "org2.example.com");

    @Test
    void everySignatureIsLowSAndVerifies() {
        Identity client = org1.enroll("user1", NodeOu.CLIENT);
        for (int i = 0; i < 200; i++) {
            byte[] message = ("message " + i).getBytes(StandardCharsets.UTF_8);
            byte[] signature = client.sign(message);
            assertThat(Ecdsa.toLowS(signature)).isEqualTo(signature);
            assertThat(org1.msp().problemWithSignature(client.certificate(), message, signature)).isEmpty();
        }
    }

    @Test
    void refusesHighSEmptyMalformedAndForeignSignatures() {
        Identity client = org1.enroll("user1", NodeOu.CLIENT);
        byte[] signature = client.sign(PROPOSAL);
        Msp msp = org1.msp();
        assertThat(msp.problemWithSignature(client.certificate(), PROPOSAL, Ecdsa.toHighS(signature)))
                .get().asString().contains("high-S");
        assertThat(msp.problemWithSignature(client.certificate(), PROPOSAL, new byte[0])).isPresent();
        assertThat(msp.problemWithSignature(client.certificate(), PROPOSAL, Arrays.copyOf(signature, 10))).isPresent();
        assertThat(msp.problemWithSignature(client.certificate(), "other bytes".getBytes(StandardCharsets.UTF_8),
                signature)).isPresent();
        Identity other = org1.enroll("user2", NodeOu.CLIENT);
        assertThat(msp.problemWithSignature(other.certificate(), PROPOSAL, signature)).isPresent();
    }

    @Test
    void acceptsOnlyMembersIssuedByItsOwnCa() {
        Identity stranger = org2.enroll("user1", NodeOu.CLIENT);
        assertThat(org1.msp().problemWith(stranger.certificate(), Instant.now()))
                .get().asString().contains("Org1MSP");
        assertThat(org2.msp().problemWith(stranger.certificate(), Instant.now())).isEmpty();
    }

    @Test
    void aCaCertificateOrAnExpiredOneIsNoMember() {
        assertThat(org1.msp().problemWith(org1.certificate(), Instant.now())).get().asString().contains("CA certificate");
        Identity peer = org1.enroll("peer0", NodeOu.PEER);
        assertThat(org1.msp().problemWith(peer.certificate(), Instant.now().plusSeconds(400L * 24 * 3600)))
                .get().asString().contains("not valid");
    }

    @Test
    void classifiesMembersByNodeOu() {
        for (NodeOu role : NodeOu.values()) {
            Identity member = org1.enroll(role.ou() + "0", role);
            assertThat(Msp.roleOf(member.certificate())).contains(role);
            assertThat(member.certificate().getSubjectX500Principal().getName()).contains("OU=" + role.ou());
        }
    }

    @Test
    void issuesTlsCertificatesForHostsAndForClientsThatNameNoHost() throws Exception {
        OrganisationCa tlsCa = OrganisationCa.create("Org1MSP", "tls.org1.example.com");
        X509Certificate server = tlsCa.issueTls("peer0", List.of("localhost"), List.of("127.0.0.1"),
                Ecdsa.newKeyPair().getPublic());
        assertThat(server.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))))
                .containsExactly("localhost", "127.0.0.1");

        X509Certificate client = tlsCa.issueTls("Admin", List.of(), List.of(), Ecdsa.newKeyPair().getPublic());
        // RFC 5280: a subjectAltName extension, when present, names at least one entry
        assertThat(client.getExtensionValue("2.5.29.17")).isNull();
        assertThat(client.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.2");
        client.verify(tlsCa.certificate().getPublicKey());
    }

    @Test
    void theCaIsKeptAcrossRestartsWithAPrivateKeyFile(@TempDir Path data) throws Exception {
        OrganisationCa first = OrganisationCa.loadOrCreate(data.resolve("Org1MSP"), "Org1MSP", "org1.example.com");
        Identity issuedBefore = first.enroll("user1", NodeOu.CLIENT);
        OrganisationCa again = OrganisationCa.loadOrCreate(data.resolve("Org1MSP"), "Org1MSP", "org1.example.com");

        assertThat(again.certificate()).isEqualTo(first.certificate());
        assertThat(again.msp().problemWith(issuedBefore.certificate(), Instant.now())).isEmpty();
        assertThat(again.msp().problemWith(again.enroll("user2", NodeOu.CLIENT).certificate(), Instant.now())).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("Org1MSP/ca-key.pem"))))
                .isEqualTo("rw-------");
        try (var files = Files.list(data.resolve("Org1MSP"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ca-cert.pem", "ca-key.pem");
        }
    }

    @Test
    void readsCertificatesWrittenOnOneLineOrWithWindowsLineBreaks() {
        Identity client = org1.enroll("user1", NodeOu.CLIENT);
        String pem = client.certificatePem();
        String body = pem.replace("-----BEGIN CERTIFICATE-----", "").replace("-----END CERTIFICATE-----", "")
                .replaceAll("\\s", "");
        String oneLine = "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        assertThat(Pem.certificate(oneLine.getBytes(StandardCharsets.US_ASCII))).isEqualTo(client.certificate());
        assertThat(Pem.certificate(pem.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(client.certificate());
        assertThat(Pem.privateKey(Pem.of(client.privateKey()))).isEqualTo(client.privateKey());
    }
}
