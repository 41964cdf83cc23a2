package org.openbsn.orderingbridge.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.fabric.msp.Ecdsa;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.fabric.network.ClusterAccess;

/** The operator's ordering clusters file: read whole, or refused with every problem named. */
class ClusterSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aClusterIsReadWithItsOrderersAndTheAdminsTlsPair() throws Exception {
        writeCrypto();
        Path file = Files.writeString(dir.resolve("clusters.json"), """
                {"clusters": [{"id": "cluster-1", "mspId": "OrdererMSP", "caCertFile": "ca.pem", "tlsCaCertFile": "tlsca.pem",
                  "adminClientCertFile": "admin.pem", "adminClientKeyFile": "admin-key.pem",
                  "orderers": [{"host": "o0.example.com", "port": 7050, "adminPort": 7053, "tlsCertFile": "o0.pem"},
                               {"host": "o1.example.com", "port": 8050, "adminPort": 8053, "tlsCertFile": "o0.pem"}]}]}
                """);
        ClusterAccess access = ClusterSettings.read(file, List.of("cluster-1")).get("cluster-1");
        assertThat(access.orderers()).extracting(ClusterAccess.Orderer::port).containsExactly(7050, 8050);
        assertThat(access.cluster().consenters()).extracting(c -> c.endpoint().toString())
                .containsExactly("o0.example.com:7050", "o1.example.com:8050");
        assertThat(access.cluster().mspId()).isEqualTo("OrdererMSP");
    }

    @Test
    void everyProblemIsNamedAtOnce() throws Exception {
        writeCrypto();
        Path file = Files.writeString(dir.resolve("clusters.json"), """
                {"clusters": [{"id": "cluster-1", "caCertFile": "nowhere.pem", "tlsCaCertFile": "tlsca.pem",
                  "adminClientCertFile": "admin.pem", "adminClientKeyFile": "admin-key.pem",
                  "orderers": [{"host": "o0", "port": 0, "adminPort": 7053, "tlsCertFile": "o0.pem"}]}]}
                """);
        assertThatThrownBy(() -> ClusterSettings.read(file, List.of("cluster-1", "cluster-2")))
                .hasMessageContaining("cluster 'cluster-1': mspId is missing")
                .hasMessageContaining("caCertFile " + dir.resolve("nowhere.pem") + " cannot be read")
                .hasMessageContaining("needs a port and an adminPort from 1 to 65535")
                .hasMessageContaining("cluster 'cluster-2' (BSN_ORDERING_CLUSTERS) is not described");
        assertThatThrownBy(() -> ClusterSettings.read(dir.resolve("missing.json"), List.of("cluster-1")))
                .hasMessageContaining("cannot be read as JSON");
    }

    private void writeCrypto() throws Exception {
        OrganisationCa ca = OrganisationCa.create("OrdererMSP", "orderer.test");
        OrganisationCa tls = OrganisationCa.create("OrdererMSP", "tls.orderer.test");
        KeyPair admin = Ecdsa.newKeyPair();
        Files.writeString(dir.resolve("ca.pem"), Pem.of(ca.certificate()));
        Files.writeString(dir.resolve("tlsca.pem"), Pem.of(tls.certificate()));
        Files.writeString(dir.resolve("admin.pem"), Pem.of(tls.issueTls("admin", List.of(), List.of(), admin.getPublic())));
        Files.writeString(dir.resolve("admin-key.pem"), Pem.of(admin.getPrivate()));
        Files.writeString(dir.resolve("o0.pem"), Pem.of(tls.issueTls("o0", List.of("o0.example.com"), List.of(),
                Ecdsa.newKeyPair().getPublic())));
    }
}
