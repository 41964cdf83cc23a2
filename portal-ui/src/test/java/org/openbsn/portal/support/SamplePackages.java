package org.openbsn.portal.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Chaincode packages in the marketplace's upload format: {@code <label>.tar.gz} holding metadata.json and code.tar.gz
 * (connection.json and the runnable chaincode.jar), and the manifest.json that goes with it.
 */
public final class SamplePackages {

    private SamplePackages() {
    }

    /** A ccaas package labelled {@code <name>_<version>} that runs {@code chaincodeJar}. */
    public static byte[] ccaas(String name, String version, byte[] chaincodeJar) {
        Map<String, byte[]> code = new LinkedHashMap<>();
        code.put("connection.json", ("{\"address\":\"" + name + ":9999\",\"dial_timeout\":\"10s\",\"tls_required\":false}")
                .getBytes(StandardCharsets.UTF_8));
        code.put("chaincode.jar", chaincodeJar);
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("metadata.json", ("{\"type\":\"ccaas\",\"label\":\"" + name + "_" + version + "\",\"path\":\"\"}")
                .getBytes(StandardCharsets.UTF_8));
        outer.put("code.tar.gz", tarGz(code));
        return tarGz(outer);
    }

    /** The manifest of a package over the base chaincode's functions: record, read and trace history. */
    public static byte[] traceManifest(String name) {
        return ("""
                {"name":"%s","description":"Record and trace goods between parties","category":"supply-chain",
                 "tags":["traceability","logistics"],"language":"java","licenceTerms":"Use in your own applications; no resale.",
                 "functions":[{"name":"saveRecord","chaincodeFunction":"set","type":"invoke"},
                              {"name":"readRecord","chaincodeFunction":"get","type":"query"},
                              {"name":"recordHistory","chaincodeFunction":"getHistory","type":"query"}],
                 "roles":[{"name":"Recorder","functions":["saveRecord","readRecord","recordHistory"]},
                          {"name":"Auditor","functions":["readRecord","recordHistory"]}],
                 "reviewQuery":{"function":"recordHistory","args":["bsn-review"]}}
                """.formatted(name)).getBytes(StandardCharsets.UTF_8);
    }

    /** A gzip'd POSIX tar of regular files, in order. */
    static byte[] tarGz(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                gzip.write(header(file.getKey(), file.getValue().length));
                gzip.write(file.getValue());
                gzip.write(new byte[(512 - file.getValue().length % 512) % 512]);
            }
            gzip.write(new byte[1024]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] header(String name, long size) {
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, "0000644");
        put(header, 108, "0000000");
        put(header, 116, "0000000");
        put(header, 124, String.format("%011o", size));
        put(header, 136, String.format("%011o", 0L));
        header[156] = '0';
        put(header, 257, "ustar");
        put(header, 263, "00");
        for (int i = 148; i < 156; i++) {
            header[i] = ' ';
        }
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, String.format("%06o", sum));
        header[154] = 0;
        header[155] = ' ';
        return header;
    }

    private static void put(byte[] header, int offset, String text) {
        byte[] value = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(value, 0, header, offset, value.length);
    }
}
