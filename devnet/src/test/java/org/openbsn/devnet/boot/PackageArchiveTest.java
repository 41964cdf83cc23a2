package org.openbsn.devnet.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.basechaincode.CcaasPackage;
import org.openbsn.infra.error.DomainException;

/** An uploaded package is read warily: only its chaincode.jar is taken out, and anything else is refused in words. */
class PackageArchiveTest {

    @Test
    void takesOutExactlyTheChaincodeJar(@TempDir Path dir) throws Exception {
        byte[] jar = "PK the author's jar".getBytes(StandardCharsets.UTF_8);
        byte[] file = CcaasPackage.withChaincode("trace_2.0.0", "trace:9999", jar);
        Path target = dir.resolve("chaincode.jar");
        PackageArchive.extractChaincodeJar(CcaasPackage.packageId("trace_2.0.0", file), file, target);
        assertThat(Files.readAllBytes(target)).isEqualTo(jar);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void refusesAPackageWithoutAJarAndAFileThatIsNoPackage(@TempDir Path dir) {
        byte[] noJar = CcaasPackage.build("plain_1.0", "plain:9999", Duration.ofSeconds(10));
        String noJarId = CcaasPackage.packageId("plain_1.0", noJar);
        assertThatThrownBy(() -> PackageArchive.extractChaincodeJar(noJarId, noJar, dir.resolve("chaincode.jar")))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Package " + noJarId + " holds no chaincode.jar");
        byte[] text = "not a tar.gz".getBytes(StandardCharsets.UTF_8);
        String textId = CcaasPackage.packageId("text_1.0", text);
        assertThatThrownBy(() -> PackageArchive.extractChaincodeJar(textId, text, dir.resolve("chaincode.jar")))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Package " + textId + " cannot be read as a ccaas package");
        assertThat(dir.resolve("chaincode.jar")).doesNotExist();
    }

    @Test
    void refusesIdsThatAreNoFabricPackageIds() {
        assertThatThrownBy(() -> PackageArchive.hashOf("../../etc:" + "a".repeat(64)))
                .isInstanceOf(DomainException.class).hasMessageContaining("is not a Fabric package id");
    }
}
