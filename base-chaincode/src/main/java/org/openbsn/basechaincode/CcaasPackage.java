package org.openbsn.basechaincode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds the chaincode-as-a-service package a real Fabric peer installs for this chaincode: a
 * {@code .tar.gz} of {@code metadata.json} (type {@code ccaas}) and {@code code.tar.gz} holding
 * {@code connection.json}, which tells the peer's external builder where the chaincode listens.
 * The archive is reproducible (fixed times and owners), so its package id is stable.
 *
 * <p>Usage: {@code java -cp <classpath> org.openbsn.basechaincode.CcaasPackage <out.tar.gz> <label> <host:port>}
 */
public final class CcaasPackage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CcaasPackage() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("Usage: CcaasPackage <out.tar.gz> <label> <host:port>");
            System.exit(2);
        }
        byte[] bytes = build(args[1], args[2], Duration.ofSeconds(10));
        Files.write(Path.of(args[0]), bytes);
        System.out.println("Package id: " + packageId(args[1], bytes));
    }

    /** The package for a chaincode server reachable at {@code address} (host:port), without TLS. */
    public static byte[] build(String label, String address, Duration dialTimeout) {
        checkLabel(label);
        checkAddress(address);
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("address", address);
        connection.put("dial_timeout", dialTimeout.toSeconds() + "s");
        connection.put("tls_required", false);
        connection.put("client_auth_required", false);
        connection.put("client_key", "");
        connection.put("client_cert", "");
        connection.put("root_cert", "");
        return pack(label, Map.of("connection.json", json(connection)));
    }

    /**
     * A marketplace package: the ccaas package whose {@code code.tar.gz} also carries {@code chaincode.jar}, the
     * author's runnable chaincode. A real peer dials {@code address}; devnet runs the jar itself.
     */
    public static byte[] withChaincode(String label, String address, byte[] chaincodeJar) {
        checkLabel(label);
        checkAddress(address);
        if (chaincodeJar == null || chaincodeJar.length == 0) {
            throw new IllegalArgumentException("A marketplace package needs the chaincode jar");
        }
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("address", address);
        connection.put("dial_timeout", "10s");
        connection.put("tls_required", false);
        Map<String, byte[]> code = new LinkedHashMap<>();
        code.put("connection.json", json(connection));
        code.put("chaincode.jar", chaincodeJar);
        return pack(label, code);
    }

    private static void checkLabel(String label) {
        if (label == null || !label.matches("[A-Za-z0-9][A-Za-z0-9_.+-]*")) {
            throw new IllegalArgumentException("A package label may hold only letters, digits and _ . + -");
        }
    }

    private static void checkAddress(String address) {
        if (address == null || !address.matches("[^:\\s]+:\\d{1,5}")) {
            throw new IllegalArgumentException("The chaincode address must be host:port");
        }
    }

    private static byte[] pack(String label, Map<String, byte[]> codeFiles) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("type", "ccaas");
        metadata.put("label", label);
        metadata.put("path", "");
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("metadata.json", json(metadata));
        outer.put("code.tar.gz", tarGz(codeFiles));
        return tarGz(outer);
    }

    /** Fabric's package id: the label, a colon, and the hex SHA-256 of the package bytes. */
    public static String packageId(String label, byte[] packageBytes) {
        try {
            return label + ":" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(packageBytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A gzip-compressed POSIX (ustar) archive of regular files, with fixed times and owners. */
    static byte[] tarGz(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes) {
            { def.setLevel(9); }
        }) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                writeEntry(gzip, file.getKey(), file.getValue());
            }
            gzip.write(new byte[1024]); // two empty blocks end the archive
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeEntry(OutputStream out, String name, byte[] content) throws IOException {
        byte[] header = new byte[512];
        put(header, 0, 100, name);
        put(header, 100, 8, "0000644");
        put(header, 108, 8, "0000000");
        put(header, 116, 8, "0000000");
        put(header, 124, 12, String.format("%011o", content.length));
        put(header, 136, 12, "00000000000");
        header[156] = '0';
        put(header, 257, 6, "ustar");
        put(header, 263, 2, "00");
        for (int i = 148; i < 156; i++) {
            header[i] = ' ';
        }
        int checksum = 0;
        for (byte b : header) {
            checksum += b & 0xff;
        }
        put(header, 148, 8, String.format("%06o", checksum) + "\0 ");
        out.write(header);
        out.write(content);
        int padding = (512 - content.length % 512) % 512;
        out.write(new byte[padding]);
    }

    private static void put(byte[] header, int offset, int length, String value) {
        byte[] text = value.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, header, offset, Math.min(text.length, length));
    }
}
