package org.openbsn.basechaincode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package is read back with the system's own tar, as an operator installing it would. */
class CcaasPackageTest {

    private static void untar(Path archive, Path into) throws Exception {
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", into.toString())
                .redirectErrorStream(true).start();
        assertThat(tar.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).as(new String(tar.getInputStream().readAllBytes())).isZero();
    }

    @Test
    void holdsCcaasMetadataAndAConnectionForThePeer(@TempDir Path dir) throws Exception {
        byte[] bytes = CcaasPackage.build("base_1.0", "base-chaincode.node1.example.cn:9999", Duration.ofSeconds(10));
        Path archive = Files.write(dir.resolve("base.tar.gz"), bytes);
        Path outer = Files.createDirectories(dir.resolve("outer"));
        untar(archive, outer);
        try (var files = Files.list(outer)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("metadata.json", "code.tar.gz");
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode metadata = json.readTree(outer.resolve("metadata.json").toFile());
        assertThat(metadata.get("type").asText()).isEqualTo("ccaas");
        assertThat(metadata.get("label").asText()).isEqualTo("base_1.0");

        Path code = Files.createDirectories(dir.resolve("code"));
        untar(outer.resolve("code.tar.gz"), code);
        JsonNode connection = json.readTree(code.resolve("connection.json").toFile());
        assertThat(connection.get("address").asText()).isEqualTo("base-chaincode.node1.example.cn:9999");
        assertThat(connection.get("dial_timeout").asText()).isEqualTo("10s");
        assertThat(connection.get("tls_required").asBoolean()).isFalse();
    }

    @Test
    void aMarketplacePackageCarriesTheAuthorsChaincodeJar(@TempDir Path dir) throws Exception {
        byte[] jar = "PK pretend jar".getBytes();
        Path archive = Files.write(dir.resolve("trace.tar.gz"), CcaasPackage.withChaincode("trace_1.0.0", "trace:9999", jar));
        Path outer = Files.createDirectories(dir.resolve("outer"));
        untar(archive, outer);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(outer.resolve("metadata.json").toFile()).get("label").asText()).isEqualTo("trace_1.0.0");
        Path code = Files.createDirectories(dir.resolve("code"));
        untar(outer.resolve("code.tar.gz"), code);
        assertThat(Files.readAllBytes(code.resolve("chaincode.jar"))).isEqualTo(jar);
        JsonNode connection = json.readTree(code.resolve("connection.json").toFile());
        assertThat(connection.get("address").asText()).isEqualTo("trace:9999");
        assertThat(connection.get("tls_required").asBoolean()).isFalse();
        assertThatThrownBy(() -> CcaasPackage.withChaincode("trace_1.0.0", "trace:9999", new byte[0]))
                .hasMessageContaining("chaincode jar");
    }

    @Test
    void theSameInputGivesTheSamePackageId() {
        byte[] first = CcaasPackage.build("base_1.0", "host:9999", Duration.ofSeconds(10));
        byte[] second = CcaasPackage.build("base_1.0", "host:9999", Duration.ofSeconds(10));
        assertThat(CcaasPackage.packageId("base_1.0", first)).isEqualTo(CcaasPackage.packageId("base_1.0", second))
                .matches("base_1\\.0:[0-9a-f]{64}");
        assertThat(CcaasPackage.packageId("base_1.0", CcaasPackage.build("base_1.0", "host:9998", Duration.ofSeconds(10))))
                .isNotEqualTo(CcaasPackage.packageId("base_1.0", first));
    }

    @Test
    void refusesLabelsAndAddressesAPeerWouldReject() {
        assertThatThrownBy(() -> CcaasPackage.build("base 1.0", "host:9999", Duration.ofSeconds(10)))
                .hasMessageContaining("label");
        assertThatThrownBy(() -> CcaasPackage.build("base_1.0", "no-port", Duration.ofSeconds(10)))
                .hasMessageContaining("host:port");
    }
}
