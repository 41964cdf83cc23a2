package org.openbsn.marketplace.inspection;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.marketplace.api.PackageManifest;
import org.springframework.stereotype.Component;

/**
 * Turns an upload (the Fabric package {@code .tar.gz} and {@code manifest.json}) into an {@link InspectedPackage}, or
 * refuses it with a message naming the entry, field or limit at fault. Nothing is unpacked to disk.
 */
@Component
public class PackageInspector {

    public static final int MANIFEST_MAX_BYTES = 64 * 1024;
    public static final int MAX_ENTRIES = 1000;
    private static final String LABEL = "[A-Za-z0-9_.+-]+";

    private final InspectionProperties limits;
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    public PackageInspector(InspectionProperties limits) {
        this.limits = limits;
    }

    /** Only the manifest, validated: what names the package before its file is inspected. */
    public PackageManifest readManifest(byte[] manifestJson) {
        if (manifestJson == null || manifestJson.length == 0) {
            throw Refusal.ofManifest("missing", "manifest.json is missing or empty");
        }
        if (manifestJson.length > MANIFEST_MAX_BYTES) {
            throw Refusal.ofManifest("too-large", "manifest.json is larger than " + MANIFEST_MAX_BYTES
                    + " bytes (the limit)", MANIFEST_MAX_BYTES);
        }
        PackageManifest manifest;
        try {
            manifest = json.readValue(manifestJson, PackageManifest.class);
        } catch (UnrecognizedPropertyException e) {
            throw Refusal.ofManifest("unknown-field", "manifest.json has the unknown field '" + e.getPropertyName()
                    + "'", e.getPropertyName());
        } catch (JsonProcessingException e) {
            throw Refusal.ofManifest("not-json", "manifest.json is not valid manifest JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw Refusal.ofManifest("not-json", "manifest.json cannot be read: " + e.getMessage());
        }
        if (manifest == null) {
            throw Refusal.ofManifest("not-json", "manifest.json must hold a JSON object");
        }
        InvalidInputException.throwIfAny(ManifestRules.check(manifest));
        return manifest;
    }

    /** Inspects the whole upload. */
    public InspectedPackage inspect(byte[] packageBytes, byte[] manifestJson) {
        PackageManifest manifest = readManifest(manifestJson);
        long maxPackage = limits.maxPackageBytes().toBytes();
        if (packageBytes == null || packageBytes.length == 0) {
            throw Refusal.ofPackage("missing", "the package file (.tar.gz) is missing or empty");
        }
        if (packageBytes.length > maxPackage) {
            throw Refusal.ofPackage("too-large", "the package file is " + packageBytes.length + " bytes; the limit is "
                    + maxPackage, packageBytes.length, maxPackage);
        }
        UnpackBudget budget = new UnpackBudget(limits.maxUnpackedBytes().toBytes());
        Contents outer = new Contents();
        TarGz.read(packageBytes, "the package", budget, MAX_ENTRIES, false, (name, content) -> {
            switch (name) {
                case "metadata.json" -> outer.json = Bytes.readAtMost(content, MANIFEST_MAX_BYTES, "metadata.json");
                case "code.tar.gz" -> outer.archive = Bytes.readAtMost(content, maxPackage, "code.tar.gz");
                default -> throw Refusal.ofPackage("unexpected-entry", "the package may hold only metadata.json and"
                        + " code.tar.gz; it also holds '" + name + "'", name);
            }
        });
        require(outer.json, "metadata.json", "the package");
        require(outer.archive, "code.tar.gz", "the package");
        String label = label(outer.json);
        Contents code = new Contents();
        TarGz.read(outer.archive, "code.tar.gz", budget, MAX_ENTRIES, true, (name, content) -> {
            switch (name) {
                case "connection.json" -> code.json = Bytes.readAtMost(content, MANIFEST_MAX_BYTES, "connection.json");
                case JarCheck.JAR -> code.archive = Bytes.readAtMost(content, maxPackage, "code.tar.gz/chaincode.jar");
                default -> content.transferTo(OutputStream.nullOutputStream());
            }
        });
        require(code.json, "connection.json", "code.tar.gz");
        require(code.archive, JarCheck.JAR, "code.tar.gz");
        connection(code.json);
        JarCheck.check(code.archive, budget);
        String sha256 = sha256(packageBytes);
        return new InspectedPackage(label, label + ":" + sha256, sha256, packageBytes.length, manifest);
    }

    private String label(byte[] metadata) {
        JsonNode node = object(metadata, "metadata.json");
        if (!"ccaas".equals(node.path("type").asText(null))) {
            throw Refusal.ofPackage("metadata-type", "metadata.json has type '" + node.path("type").asText("")
                    + "'; only \"ccaas\" (chaincode as a service) packages are accepted", node.path("type").asText(""));
        }
        String label = node.path("label").asText("");
        if (!label.matches(LABEL)) {
            throw Refusal.ofPackage("metadata-label", "metadata.json has the label '" + label
                    + "'; a label may hold only letters, digits and _ . + -", label);
        }
        if (!node.path("path").isTextual()) {
            throw Refusal.ofPackage("metadata-path", "metadata.json needs a \"path\" (a string, may be empty)");
        }
        return label;
    }

    private void connection(byte[] connection) {
        JsonNode node = object(connection, "code.tar.gz/connection.json");
        if (node.path("address").asText("").isBlank()) {
            throw Refusal.ofPackage("connection-address", "code.tar.gz/connection.json needs an \"address\" (host:port)");
        }
    }

    private JsonNode object(byte[] bytes, String what) {
        try {
            JsonNode node = json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw Refusal.ofPackage("not-json", what + " must hold a JSON object", what);
            }
            return node;
        } catch (IOException e) {
            throw Refusal.ofPackage("not-json", what + " is not valid JSON", what);
        }
    }

    private static void require(byte[] entry, String name, String archive) {
        if (entry == null) {
            throw Refusal.ofPackage("missing-entry", archive + " has no " + name, archive, name);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The two files of interest in one archive level: its JSON descriptor and the archive it carries. */
    private static final class Contents {
        private byte[] json;
        private byte[] archive;
    }
}
