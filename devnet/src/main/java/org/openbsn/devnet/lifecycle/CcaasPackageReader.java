package org.openbsn.devnet.lifecycle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an uploaded (so untrusted) Fabric chaincode package as a peer's ccaas external builder does: a
 * {@code .tar.gz} of {@code metadata.json} (type {@code ccaas}, a label) and {@code code.tar.gz} holding
 * {@code connection.json} (the address the chaincode server listens on). Sizes are capped, entries must be regular
 * files with plain names, and no name from the archive ever becomes a path.
 */
final class CcaasPackageReader {

    /** Fabric's largest gRPC message by default, so no larger package could reach a peer. */
    static final int MAX_PACKAGE_BYTES = 100 * 1024 * 1024;
    private static final long MAX_UNPACKED_BYTES = 4L * MAX_PACKAGE_BYTES;
    private static final long MAX_JSON_BYTES = 64 * 1024;
    /** Fabric's rule for package labels. */
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.+-]*");
    private static final Pattern ADDRESS = Pattern.compile("([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]):(\\d{1,5})");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What devnet needs of a ccaas package: its label and where its chaincode server listens. */
    record Contents(String label, InetSocketAddress address) {
    }

    private CcaasPackageReader() {
    }

    /** The package's label and chaincode address; an {@code IllegalArgumentException} says why it is no ccaas package. */
    static Contents read(byte[] packageFile) {
        if (packageFile.length > MAX_PACKAGE_BYTES) {
            throw refused("it has " + packageFile.length + " bytes; at most " + MAX_PACKAGE_BYTES + " are accepted");
        }
        JsonNode metadata = null;
        InetSocketAddress address = null;
        try (TarEntries entries = new TarEntries(new ByteArrayInputStream(packageFile), MAX_UNPACKED_BYTES)) {
            while (entries.next()) {
                String name = checkedName(entries);
                if (name.equals("metadata.json")) {
                    if (metadata != null) {
                        throw refused("it holds metadata.json twice");
                    }
                    metadata = JSON.readTree(entries.read(MAX_JSON_BYTES));
                } else if (name.equals("code.tar.gz")) {
                    if (address != null) {
                        throw refused("it holds code.tar.gz twice");
                    }
                    address = connection(entries);
                }
            }
        } catch (IOException unreadable) {
            throw refused("it is not a well-formed gzip-compressed tar archive of a ccaas package: " + unreadable.getMessage());
        }
        if (metadata == null || address == null) {
            throw refused("it must hold metadata.json and code.tar.gz");
        }
        String type = metadata.path("type").asText("");
        if (!type.equalsIgnoreCase("ccaas")) {
            throw refused("its metadata.json gives type '" + type + "'; devnet runs chaincode-as-a-service (ccaas) only");
        }
        String label = metadata.path("label").asText("");
        if (!LABEL.matcher(label).matches()) {
            throw refused("its label '" + label + "' may hold only letters, digits, '_', '.', '+' and '-', starting with"
                    + " a letter or digit");
        }
        return new Contents(label, address);
    }

    private static InetSocketAddress connection(TarEntries outer) throws IOException {
        try (TarEntries code = new TarEntries(outer.content(), MAX_UNPACKED_BYTES)) {
            while (code.next()) {
                if (checkedName(code).equals("connection.json")) {
                    String address = JSON.readTree(code.read(MAX_JSON_BYTES)).path("address").asText("");
                    Matcher parts = ADDRESS.matcher(address);
                    int port = parts.matches() ? Integer.parseInt(parts.group(2)) : 0;
                    if (port < 1 || port > 65535) {
                        throw refused("the address '" + address + "' in its connection.json is not host:port");
                    }
                    return InetSocketAddress.createUnresolved(parts.group(1), port);
                }
            }
        }
        throw refused("its code.tar.gz holds no connection.json");
    }

    /** The entry's name, refused when it could point outside the package or is neither a file nor a folder. */
    private static String checkedName(TarEntries entries) {
        String name = entries.name();
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.equals("..") || name.startsWith("../")
                || name.contains("/../") || name.endsWith("/..")) {
            throw refused("entry '" + name + "' names a path outside the package");
        }
        if (!entries.isRegularFile() && !entries.isDirectory()) {
            throw refused("entry '" + name + "' is not a regular file (links and devices are refused)");
        }
        return name;
    }

    private static IllegalArgumentException refused(String why) {
        return new IllegalArgumentException("could not parse as a chaincode install package devnet runs (ccaas): " + why);
    }
}
