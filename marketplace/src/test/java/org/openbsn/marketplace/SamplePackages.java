package org.openbsn.marketplace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Builds chaincode packages in the agreed format (and broken ones) for tests, in memory. */
public final class SamplePackages {

    public static final String MANIFEST = """
            {"name":"Trace","description":"Record and trace goods between parties","category":"supply-chain",
             "tags":["traceability","logistics"],"language":"java","licenceTerms":"Use in your own applications; no resale.",
             "functions":[{"name":"saveRecord","chaincodeFunction":"set","type":"invoke"},
                          {"name":"readRecord","chaincodeFunction":"get","type":"query"},
                          {"name":"recordHistory","chaincodeFunction":"getHistory","type":"query"}],
             "roles":[{"name":"Recorder","functions":["saveRecord","readRecord","recordHistory"]},
                      {"name":"Auditor","functions":["readRecord","recordHistory"]}],
             "reviewQuery":{"function":"recordHistory","args":["bsn-review"]}}""";

    /** Packages are reproducible, so the same content always has the same Fabric package id. */
    private static final Date FIXED_TIME = new Date(1_700_000_000_000L);

    private SamplePackages() {
    }

    public static byte[] manifest() {
        return MANIFEST.getBytes(StandardCharsets.UTF_8);
    }

    /** The manifest under another name (a different package of the same author). */
    public static byte[] manifestNamed(String name) {
        return MANIFEST.replace("\"Trace\"", "\"" + name + "\"").getBytes(StandardCharsets.UTF_8);
    }

    /** A valid package with this label. */
    public static byte[] valid(String label) {
        return outer(metadata(label), code(connection(), jar("org.example.TraceChaincode")));
    }

    public static byte[] metadata(String label) {
        return ("{\"type\":\"ccaas\",\"label\":\"" + label + "\",\"path\":\"\"}").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] connection() {
        return "{\"address\":\"trace:9999\",\"dial_timeout\":\"10s\",\"tls_required\":false}"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A jar whose manifest names {@code mainClass} (none when null), with one class-like entry. */
    public static byte[] jar(String mainClass) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            jar.putNextEntry(fixedTime(new JarEntry("META-INF/MANIFEST.MF")));
            manifest.write(jar);
            jar.closeEntry();
            jar.putNextEntry(fixedTime(new JarEntry("org/example/TraceChaincode.class")));
            jar.write(new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe});
            jar.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static JarEntry fixedTime(JarEntry entry) {
        entry.setTime(FIXED_TIME.getTime());
        return entry;
    }

    public static byte[] code(byte[] connection, byte[] jar) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("connection.json", connection);
        files.put("chaincode.jar", jar);
        return tarGz(files);
    }

    public static byte[] outer(byte[] metadata, byte[] code) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("metadata.json", metadata);
        files.put("code.tar.gz", code);
        return tarGz(files);
    }

    /** A gzip'd tar of regular files, in order. */
    public static byte[] tarGz(Map<String, byte[]> files) {
        return tarGz(tar -> {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                file(tar, file.getKey(), file.getValue());
            }
        });
    }

    /** A gzip'd tar written by {@code content}. */
    public static byte[] tarGz(TarContent content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            content.write(tar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static void file(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setModTime(FIXED_TIME);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    /** A file of {@code size} zero bytes, streamed into the archive. */
    public static void zeros(TarArchiveOutputStream tar, String name, long size) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setSize(size);
        tar.putArchiveEntry(entry);
        byte[] block = new byte[1 << 16];
        for (long written = 0; written < size; written += block.length) {
            tar.write(block, 0, (int) Math.min(block.length, size - written));
        }
        tar.closeArchiveEntry();
    }

    /** Writes entries into a tar. */
    @FunctionalInterface
    public interface TarContent {
        void write(TarArchiveOutputStream tar) throws IOException;
    }
}
