package org.openbsn.basechaincode.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.openbsn.basechaincode.CcaasPackage;

/**
 * Marketplace packages for tests, in the format authors upload: the base chaincode's runnable jar (the
 * {@code ccaas}-classified base-chaincode jar, which a test dependency puts on the class path) packed for a label,
 * and the example manifest. Used by the marketplace, devnet, applications and portal tests.
 */
public final class SamplePackages {

    /** The example manifest of the "Trace" package, over the base chaincode's set, get and getHistory. */
    public static final String MANIFEST_JSON = """
            {"name":"Trace","description":"Record and trace goods between parties","category":"supply-chain",
             "tags":["traceability","logistics"],"language":"java","licenceTerms":"Use in your own applications; no resale.",
             "functions":[{"name":"saveRecord","chaincodeFunction":"set","type":"invoke"},
                          {"name":"readRecord","chaincodeFunction":"get","type":"query"},
                          {"name":"recordHistory","chaincodeFunction":"getHistory","type":"query"}],
             "roles":[{"name":"Recorder","functions":["saveRecord","readRecord","recordHistory"]},
                      {"name":"Auditor","functions":["readRecord","recordHistory"]}],
             "reviewQuery":{"function":"recordHistory","args":["bsn-review"]}}
            """;

    private static byte[] chaincodeJar;

    private SamplePackages() {
    }

    /** The bytes of the runnable base chaincode jar ({@code base-chaincode-<version>-ccaas.jar} on the class path). */
    public static synchronized byte[] chaincodeJar() {
        if (chaincodeJar == null) {
            Path jar = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .map(Path::of)
                    .filter(path -> path.getFileName() != null
                            && path.getFileName().toString().matches("base-chaincode-.*-ccaas\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("base-chaincode's runnable jar is not on the class path;"
                            + " add a test dependency on org.openbsn:base-chaincode with <classifier>ccaas</classifier>"));
            try {
                chaincodeJar = Files.readAllBytes(jar);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return chaincodeJar.clone();
    }

    /** A package of the base chaincode labelled {@code label} (e.g. "trace_1.0.0"), as an author uploads it. */
    public static byte[] packageFor(String label) {
        return CcaasPackage.withChaincode(label, chaincodeName(label) + ":9999", chaincodeJar());
    }

    /** A package whose chaincode cannot run: its jar names no main class, so {@code java -jar} exits at once. */
    public static byte[] brokenPackageFor(String label) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            out.putNextEntry(new ZipEntry("README.txt"));
            out.write("no chaincode here".getBytes());
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CcaasPackage.withChaincode(label, chaincodeName(label) + ":9999", jar.toByteArray());
    }

    /** The Fabric package id of a package: its label, a colon and the hex SHA-256 of its bytes. */
    public static String fabricPackageId(String label, byte[] packageBytes) {
        return CcaasPackage.packageId(label, packageBytes);
    }

    /** The name a label's chaincode runs under on a channel: the label up to its first "_" or ":". */
    public static String chaincodeName(String label) {
        return label.split("[_:]", 2)[0];
    }
}
