package org.openbsn.gatewayadapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.devnet.Devnet;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.infra.ledger.LedgerConnection;

/** A real network is described by files and endpoints; the same client then works against it. */
class LedgerPropertiesTest {

    @Test
    void everyMissingSettingIsNamedAtOnce() {
        LedgerProperties.Fabric nothing = new LedgerProperties.Fabric(List.of(), null, null, null, null, null, null);
        assertThatThrownBy(nothing::connection)
                .hasMessageContaining("BSN_FABRIC_PEERS")
                .hasMessageContaining("BSN_FABRIC_TLS_CA")
                .hasMessageContaining("BSN_FABRIC_MSP_ID")
                .hasMessageContaining("BSN_FABRIC_CERT")
                .hasMessageContaining("BSN_FABRIC_KEY");
    }

    @Test
    void anUnreadableFileAndAMalformedEndpointAreNamed(@TempDir Path files) {
        LedgerProperties.Fabric wrong = new LedgerProperties.Fabric(List.of("peer0.example.com"),
                files.resolve("missing-ca.pem"), null, "Org1MSP", files.resolve("cert.pem"), files.resolve("key.pem"), null);
        assertThatThrownBy(wrong::connection)
                .hasMessageContaining("'peer0.example.com' is not host:port")
                .hasMessageContaining("missing-ca.pem cannot be read");
    }

    @Test
    void aNetworkConfiguredFromFilesIsUsedByTheSameClient(@TempDir Path data, @TempDir Path files) throws Exception {
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data))) {
            devnet.openChannel("configured", List.of("Org1MSP"));
            devnet.deployBaseChaincode("configured", "base");
            Identity admin = devnet.organisation("Org1MSP").enroll("operator", NodeOu.ADMIN);
            Files.writeString(files.resolve("tls-ca.pem"), Pem.of(devnet.tlsCaCertificate()), StandardCharsets.US_ASCII);
            Files.writeString(files.resolve("cert.pem"), Pem.of(admin.certificate()), StandardCharsets.US_ASCII);
            Files.writeString(files.resolve("key.pem"), Pem.of(admin.privateKey()), StandardCharsets.US_ASCII);
            LedgerConnection connection = new LedgerProperties.Fabric(List.of(" 127.0.0.1:" + devnet.port()),
                    files.resolve("tls-ca.pem"), "localhost", "Org1MSP", files.resolve("cert.pem"), files.resolve("key.pem"),
                    null).connection();

            LedgerIdentity identity = LedgerIdentity.fromPem(connection.mspId(), connection.certificatePem(),
                    connection.privateKeyPem());
            try (LedgerClient client = new LedgerClient(connection.peers(), Duration.ofSeconds(5))) {
                client.submit(identity, "configured", "base", "set", "{\"baseKey\":\"k\",\"baseValue\":\"from files\"}");
                assertThat(new String(client.evaluate(identity, "configured", "base", "get", "k"), StandardCharsets.UTF_8))
                        .contains("from files");
            }
            assertThat(connection.toString()).doesNotContain("PRIVATE KEY");
        }
    }

    @Test
    void aKeyThatIsNotPemIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> LedgerIdentity.fromPem("Org1MSP", "not a certificate", "secret"))
                .hasMessageContaining("certificate");
    }
}
