package org.openbsn.portal.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.devnet.Devnet;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.gatewayadapter.ledger.LedgerClient;
import org.openbsn.gatewayadapter.ledger.LedgerIdentity;
import org.openbsn.infra.ledger.MemberCertificates;
import org.openbsn.portal.support.PortalInstance;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portal starts with {@code BSN_LEDGER=fabric} and only the documented settings, against a
 * network it did not start (a devnet run on its own, addressed as a real one): participants'
 * certificates, the gateway's own included, come from the participant organisation's CA that the
 * portal keeps beside its key vault.
 */
class FabricLedgerStartIntegrationTest {

    @TempDir
    Path data;

    @Test
    void startsOnARealNetworkWithTheParticipantOrganisationsCaIssuingTheGatewaysCertificate() throws Exception {
        try (Devnet network = Devnet.start(Devnet.Settings.defaults(data.resolve("network")))) {
            network.openChannel("elsewhere", List.of("Org1MSP"));
            network.deployBaseChaincode("elsewhere", "base");
            Identity admin = network.organisation("Org1MSP").enroll("portal-admin", NodeOu.ADMIN);
            Path settings = Files.createDirectories(data.resolve("settings"));
            java.security.KeyPair adminTls = org.openbsn.fabric.msp.Ecdsa.newKeyPair();
            write(settings.resolve("orderer-tls-ca.pem"), Pem.of(network.tlsCaCertificate()));
            write(settings.resolve("orderer-admin.pem"), Pem.of(network.adminTlsCa().issueTls("admin", List.of(), List.of(),
                    adminTls.getPublic())));
            write(settings.resolve("orderer-admin-key.pem"), Pem.of(adminTls.getPrivate()));
            String clusters = write(settings.resolve("clusters.json"), """
                    {"clusters": [{"id": "cluster-1", "mspId": "OrdererMSP", "caCertFile": "orderer-tls-ca.pem",
                      "tlsCaCertFile": "orderer-tls-ca.pem", "adminClientCertFile": "orderer-admin.pem",
                      "adminClientKeyFile": "orderer-admin-key.pem",
                      "orderers": [{"host": "127.0.0.1", "port": %d, "adminPort": %d, "tlsCertFile": "orderer-tls-ca.pem"}]}]}
                    """.formatted(network.port(), network.adminPort()));
            Map<String, Object> documented = Map.of(
                    "BSN_LEDGER", "fabric",
                    "BSN_ORDERING_CLUSTERS", "cluster-1",
                    "BSN_FABRIC_CLUSTERS", clusters,
                    "BSN_FABRIC_PEERS", "127.0.0.1:" + network.port(),
                    "BSN_FABRIC_TLS_CA", write(settings.resolve("tls-ca.pem"), Pem.of(network.tlsCaCertificate())),
                    "BSN_FABRIC_MSP_ID", "Org1MSP",
                    "BSN_FABRIC_CERT", write(settings.resolve("admin-cert.pem"), Pem.of(admin.certificate())),
                    "BSN_FABRIC_KEY", write(settings.resolve("admin-key.pem"), Pem.of(admin.privateKey())));
            Path portalData = data.resolve("portal");

            try (PortalInstance portal = PortalInstance.start(portalData, documented)) {
                assertThatThrownBy(() -> portal.bean(Devnet.class)).as("no devnet of its own")
                        .isInstanceOf(NoSuchBeanDefinitionException.class);
                LedgerClient ledger = portal.bean(LedgerClient.class);
                LedgerIdentity portalIdentity = portal.bean(LedgerIdentity.class);
                ledger.submit(portalIdentity, "elsewhere", "base", "set", "{\"baseKey\":\"k\",\"baseValue\":\"through fabric\"}");
                assertThat(new String(ledger.evaluate(portalIdentity, "elsewhere", "base", "get", "k"), StandardCharsets.UTF_8))
                        .as("the configured network answers the portal's identity").contains("through fabric");

                MemberCertificates participants = portal.bean(MemberCertificates.class);
                assertThat(participants.mspId()).isEqualTo("ParticipantsMSP");
                Path caKey = portalData.resolve("gateway/participants-ca/ca-key.pem");
                assertThat(Files.getPosixFilePermissions(caKey)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

                X509Certificate gateway = Pems.certificate(portal.bean(GatewayAdministration.class).gatewayCertificatePem());
                gateway.verify(participants.caCertificate().getPublicKey());
                assertThat(gateway.getSubjectX500Principal().getName()).contains("CN=gateway.participantsmsp");
            }
        }
    }

    private static String write(Path file, String pem) throws IOException {
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
        return file.toString();
    }
}
