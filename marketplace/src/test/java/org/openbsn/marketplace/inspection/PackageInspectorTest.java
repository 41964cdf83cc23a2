package org.openbsn.marketplace.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbsn.marketplace.SamplePackages.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.openbsn.infra.error.InvalidInputException;
import org.springframework.util.unit.DataSize;

/** Uploads crafted to hurt: each is refused with a message that names the entry, field or limit at fault. */
class PackageInspectorTest {

    private final PackageInspector inspector = new PackageInspector(InspectionProperties.defaults());

    private AbstractThrowableAssert<?, ? extends Throwable> refusing(byte[] packageBytes) {
        return assertThatThrownBy(() -> inspector.inspect(packageBytes, manifest()))
                .isInstanceOf(InvalidInputException.class);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refusingManifest(String manifest) {
        return assertThatThrownBy(() -> inspector.inspect(valid("trace_1.0.0"), manifest.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class);
    }

    private static byte[] withCode(TarContent code) {
        return outer(metadata("trace_1.0.0"), tarGz(code));
    }

    @Test
    void acceptsTheAgreedFormatAndNamesItByLabelAndChecksum() {
        byte[] bytes = valid("trace_1.0.0");
        InspectedPackage inspected = inspector.inspect(bytes, manifest());
        assertThat(inspected.label()).isEqualTo("trace_1.0.0");
        assertThat(inspected.sha256()).isEqualTo(PackageInspector.sha256(bytes)).hasSize(64);
        assertThat(inspected.fabricPackageId()).isEqualTo("trace_1.0.0:" + inspected.sha256());
        assertThat(inspected.sizeBytes()).isEqualTo(bytes.length);
        assertThat(inspected.manifest().name()).isEqualTo("Trace");
        assertThat(inspected.manifest().reviewQuery().args()).containsExactly("bsn-review");
    }

    @Test
    void refusesWhatIsNotGzipOrIsCut() {
        refusing("PK not a tarball".getBytes(StandardCharsets.UTF_8)).hasMessageContaining("not a gzip-compressed tar");
        byte[] whole = valid("trace_1.0.0");
        refusing(Arrays.copyOf(whole, whole.length / 2)).hasMessageContaining("truncated");
    }

    @Test
    void refusesPathTraversalAndAbsolutePaths() {
        refusing(withCode(tar -> {
            file(tar, "connection.json", connection());
            file(tar, "chaincode.jar", jar("Main"));
            file(tar, "../../etc/cron.d/evil", new byte[] {1});
        })).hasMessageContaining("'../../etc/cron.d/evil'").hasMessageContaining("..");
        refusing(withCode(tar -> {
            file(tar, "connection.json", connection());
            file(tar, "/etc/passwd", new byte[] {1});
        })).hasMessageContaining("'/etc/passwd'").hasMessageContaining("absolute");
        refusing(withCode(tar -> file(tar, "lib\\evil.so", new byte[] {1}))).hasMessageContaining("backslash");
    }

    @Test
    void refusesSymbolicAndHardLinksDevicesAndPipes() {
        refusing(withCode(tar -> {
            TarArchiveEntry link = new TarArchiveEntry("chaincode.jar", TarConstants.LF_SYMLINK);
            link.setLinkName("/etc/shadow");
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
        })).hasMessageContaining("'chaincode.jar', which is a symbolic link");
        refusing(withCode(tar -> {
            file(tar, "connection.json", connection());
            TarArchiveEntry link = new TarArchiveEntry("chaincode.jar", TarConstants.LF_LINK);
            link.setLinkName("connection.json");
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
        })).hasMessageContaining("'chaincode.jar', which is a hard link");
        refusing(withCode(tar -> {
            tar.putArchiveEntry(new TarArchiveEntry("tty", TarConstants.LF_CHR));
            tar.closeArchiveEntry();
        })).hasMessageContaining("'tty', which is a device");
        refusing(withCode(tar -> {
            tar.putArchiveEntry(new TarArchiveEntry("pipe", TarConstants.LF_FIFO));
            tar.closeArchiveEntry();
        })).hasMessageContaining("'pipe', which is a named pipe");
    }

    @Test
    void refusesDuplicateAndTooManyEntries() {
        refusing(withCode(tar -> {
            file(tar, "connection.json", connection());
            file(tar, "chaincode.jar", jar("Main"));
            file(tar, "chaincode.jar", jar(null));
        })).hasMessageContaining("code.tar.gz holds the entry 'chaincode.jar' twice");
        refusing(withCode(tar -> {
            for (int i = 0; i <= PackageInspector.MAX_ENTRIES; i++) {
                file(tar, "notes/" + i + ".txt", new byte[] {1});
            }
        })).hasMessageContaining("more than 1000 entries");
    }

    @Test
    void refusesADecompressionBombWhileStreamingIt() {
        // 1 GiB of zeros compresses to about 1 MiB (and that again to a few KiB); inspection stops at 100 times that
        byte[] bomb = withCode(tar -> {
            file(tar, "connection.json", connection());
            file(tar, "chaincode.jar", jar("Main"));
            zeros(tar, "data/zeros.bin", 1L << 30);
        });
        assertThat(bomb.length).isLessThan(4 * 1024 * 1024);
        refusing(bomb).hasMessageContaining("expands more than 100 times its compressed size");
    }

    @Test
    void refusesAZipBombInsideTheJar() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            out.write("Manifest-Version: 1.0\nMain-Class: Main\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("data/zeros.bin"));
            byte[] block = new byte[1 << 16];
            for (int i = 0; i < 1600; i++) { // 100 MiB of zeros
                out.write(block);
            }
            out.closeEntry();
        }
        refusing(outer(metadata("trace"), code(connection(), zip.toByteArray())))
                .hasMessageContaining("code.tar.gz/chaincode.jar/data/zeros.bin expands more than 100 times");
    }

    @Test
    void refusesAPackageOverTheSizeOrUnpackedLimit() {
        PackageInspector strict = new PackageInspector(new InspectionProperties(DataSize.ofKilobytes(64),
                DataSize.ofMegabytes(3)));
        byte[] noise = new byte[100 * 1024];
        new Random(7).nextBytes(noise);
        byte[] large = outer(metadata("trace_1.0.0"), code(connection(), noise));
        assertThatThrownBy(() -> strict.inspect(large, manifest()))
                .hasMessageContaining("the limit is 65536");
        PackageInspector smallUnpacked = new PackageInspector(new InspectionProperties(DataSize.ofMegabytes(64),
                DataSize.ofMegabytes(3)));
        byte[] moreNoise = new byte[4 * 1024 * 1024];
        new Random(8).nextBytes(moreNoise);
        byte[] unpacksLarge = outer(metadata("trace_1.0.0"), code(connection(), moreNoise));
        assertThatThrownBy(() -> smallUnpacked.inspect(unpacksLarge, manifest()))
                .hasMessageContaining("unpacks to more than 3145728 bytes");
    }

    @Test
    void refusesAPackageWithoutItsPartsOrWithExtraOnes() {
        refusing(outer(metadata("trace_1.0.0"), tarGz(Map.of("connection.json", connection()))))
                .hasMessageContaining("code.tar.gz has no chaincode.jar");
        refusing(tarGz(Map.of("metadata.json", metadata("trace")))).hasMessageContaining("the package has no code.tar.gz");
        refusing(outer(metadata("trace"), tarGz(Map.of("chaincode.jar", jar("Main")))))
                .hasMessageContaining("code.tar.gz has no connection.json");
        Map<String, byte[]> extra = new LinkedHashMap<>();
        extra.put("metadata.json", metadata("trace"));
        extra.put("code.tar.gz", code(connection(), jar("Main")));
        extra.put("install.sh", new byte[] {1});
        refusing(tarGz(extra)).hasMessageContaining("only metadata.json and code.tar.gz").hasMessageContaining("'install.sh'");
    }

    @Test
    void refusesBadMetadataAndConnection() {
        refusing(outer("{\"type\":\"golang\",\"label\":\"t\",\"path\":\"\"}".getBytes(StandardCharsets.UTF_8),
                code(connection(), jar("Main")))).hasMessageContaining("type 'golang'");
        refusing(valid("trace 1.0/../x")).hasMessageContaining("label 'trace 1.0/../x'");
        refusing(outer(metadata("trace"), code("{\"dial_timeout\":\"10s\"}".getBytes(StandardCharsets.UTF_8),
                jar("Main")))).hasMessageContaining("connection.json needs an \"address\"");
    }

    @Test
    void refusesAJarThatCannotRunOrClimbsOut() throws IOException {
        refusing(outer(metadata("trace"), code(connection(), jar(null)))).hasMessageContaining("naming a Main-Class");
        refusing(outer(metadata("trace"), code(connection(), "not a zip".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("chaincode.jar is not a jar");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("../../evil.class"));
            out.write(1);
            out.closeEntry();
        }
        refusing(outer(metadata("trace"), code(connection(), zip.toByteArray())))
                .hasMessageContaining("chaincode.jar holds the entry '../../evil.class'");
    }

    @Test
    void namesEveryBrokenManifestRule() {
        String bad = """
                {"name":"T","description":"","category":"games","tags":["%s","a","b","c","d","e","f","g","h","i","j"],
                 "language":"cobol","licenceTerms":" ",
                 "functions":[{"name":"get","chaincodeFunction":"get","type":"query"},
                              {"name":"get","chaincodeFunction":"","type":"call"}],
                 "roles":[{"name":"Reader","functions":["get","delete"]}],
                 "reviewQuery":{"function":"set","args":[]}}""".formatted("x".repeat(31));
        assertThatThrownBy(() -> inspector.readManifest(bad.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.arguments().get(0)).containsExactlyInAnyOrder("name", "description",
                                "category", "tags", "tags[0]", "language", "licenceTerms", "functions[1].name",
                                "functions[1].chaincodeFunction", "functions[1].type", "roles[0].functions",
                                "reviewQuery.function"))
                .hasMessageContaining("names functions the manifest does not declare: delete")
                .hasMessageContaining("'set' is not one");
    }

    @Test
    void reviewQueryMustBeAQueryNotAnInvoke() {
        refusingManifest(MANIFEST.replace("\"function\":\"recordHistory\"", "\"function\":\"saveRecord\""))
                .hasMessageContaining("manifest: reviewQuery.function: the review query must name a declared function of type query");
    }

    @Test
    void refusesAManifestThatIsNotJsonUnknownOrTooLarge() {
        refusingManifest("{\"name\":").hasMessageContaining("not valid manifest JSON");
        refusingManifest(MANIFEST.replace("\"language\":\"java\"", "\"language\":\"java\",\"price\":1"))
                .hasMessageContaining("unknown field 'price'");
        refusingManifest(MANIFEST.replace("Record and trace", "x".repeat(70_000))).hasMessageContaining("65536 bytes");
        refusingManifest(MANIFEST.replace("\"language\":\"java\"", "\"language\":\"java\",\"language\":\"go\""))
                .hasMessageContaining("not valid manifest JSON");
    }
}
