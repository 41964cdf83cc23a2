package org.openbsn.devnet.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.basechaincode.CcaasPackage;

/**
 * The packages installed on devnet's peers: kept on disk per organisation's peer, installed once per peer in Fabric's
 * words, and refused, leaving nothing stored, when they are not a well-formed ccaas package.
 */
class InstalledPackagesTest {

    private static final String CONNECTION = "{\"address\":\"127.0.0.1:7052\",\"dial_timeout\":\"10s\",\"tls_required\":false}";

    @TempDir
    Path directory;

    @Test
    void aPackageIsKeptAcrossARestartAndInstalledOncePerPeer() {
        byte[] pkg = CcaasPackage.build("basecc_1", "127.0.0.1:7052", Duration.ofSeconds(10));
        String packageId = new InstalledPackages(directory).install("Node1MSP", pkg).packageId();
        assertThat(packageId).isEqualTo(CcaasPackage.packageId("basecc_1", pkg));

        InstalledPackages restarted = new InstalledPackages(directory);
        assertThat(restarted.installed(packageId).orElseThrow().address().getPort()).isEqualTo(7052);
        assertThat(restarted.isInstalledOn("Node1MSP", packageId)).isTrue();
        assertThatThrownBy(() -> restarted.install("Node1MSP", pkg))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("chaincode already successfully installed (package ID '" + packageId + "')");
        assertThat(restarted.install("Node2MSP", pkg).packageId()).as("another organisation's peer installs it too")
                .isEqualTo(packageId);
    }

    @Test
    void refusesWhatIsNotAWellFormedCcaasPackageAndKeepsNothing() throws IOException {
        byte[] code = tarGz(entry("connection.json", '0', CONNECTION));
        InstalledPackages packages = new InstalledPackages(directory);
        refuses(packages, "not a package".getBytes(StandardCharsets.UTF_8), "not a well-formed gzip-compressed tar archive");
        refuses(packages, tarGz(metadata("ccaas", "basecc_1"), entry("../code.tar.gz", '0', code)),
                "entry '../code.tar.gz' names a path outside the package");
        refuses(packages, tarGz(metadata("ccaas", "basecc_1"), entry("code.tar.gz", '2', new byte[0])),
                "entry 'code.tar.gz' is not a regular file");
        refuses(packages, tarGz(metadata("golang", "basecc_1"), entry("code.tar.gz", '0', code)),
                "type 'golang'; devnet runs chaincode-as-a-service (ccaas) only");
        refuses(packages, tarGz(metadata("ccaas", "../basecc"), entry("code.tar.gz", '0', code)), "its label '../basecc'");
        refuses(packages, tarGz(metadata("ccaas", "basecc_1"), entry("code.tar.gz", '0',
                tarGz(entry("main.go", '0', "package main")))), "its code.tar.gz holds no connection.json");
        refuses(packages, tarGz(metadata("ccaas", "basecc_1")), "it must hold metadata.json and code.tar.gz");
        refuses(packages, tarGz(entry("metadata.json", '0', new byte[128 * 1024]), entry("code.tar.gz", '0', code)),
                "entry 'metadata.json' has 131072 bytes; at most 65536 are accepted");
        refuses(packages, tarGz(metadata("ccaas", "basecc_1"), entry("code.tar.gz", '0', tarGz(entry("connection.json", '0',
                "{\"address\":\"127.0.0.1\"}")))), "the address '127.0.0.1' in its connection.json is not host:port");
        try (var stored = Files.list(directory)) {
            assertThat(stored).as("a refused package leaves nothing behind").isEmpty();
        }
    }

    private static void refuses(InstalledPackages packages, byte[] pkg, String why) {
        assertThatThrownBy(() -> packages.install("Node1MSP", pkg))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("could not parse as a chaincode install package devnet runs (ccaas): ")
                .hasMessageContaining(why);
    }

    private static byte[] metadata(String type, String label) {
        return entry("metadata.json", '0', "{\"type\":\"" + type + "\",\"label\":\"" + label + "\",\"path\":\"\"}");
    }

    private static byte[] entry(String name, char type, String content) {
        return entry(name, type, content.getBytes(StandardCharsets.UTF_8));
    }

    /** One ustar entry: its header block and its content padded to whole blocks. */
    private static byte[] entry(String name, char type, byte[] content) {
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, "0000644");
        put(header, 124, String.format("%011o", content.length));
        put(header, 136, "00000000000");
        header[156] = (byte) type;
        put(header, 257, "ustar");
        put(header, 263, "00");
        for (int i = 148; i < 156; i++) {
            header[i] = ' ';
        }
        int checksum = 0;
        for (byte b : header) {
            checksum += b & 0xff;
        }
        put(header, 148, String.format("%06o", checksum) + "\0 ");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header);
        out.writeBytes(content);
        out.writeBytes(new byte[(512 - content.length % 512) % 512]);
        return out.toByteArray();
    }

    private static byte[] tarGz(byte[]... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            for (byte[] entry : entries) {
                gzip.write(entry);
            }
            gzip.write(new byte[1024]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(byte[] header, int offset, String value) {
        byte[] text = value.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, header, offset, text.length);
    }
}
