package org.openbsn.basechaincode;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hyperledger.fabric.metrics.Metrics;
import org.hyperledger.fabric.shim.ChaincodeBase;
import org.hyperledger.fabric.shim.ChaincodeServer;
import org.hyperledger.fabric.shim.ChaincodeServerProperties;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.NettyChaincodeServer;
import org.hyperledger.fabric.shim.ResponseUtils;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.traces.Traces;

/**
 * The base chaincode, compatible with BSN's: {@code set} and {@code update} take one JSON argument
 * {@code {"baseKey": "...", "baseValue": "..."}}; {@code delete}, {@code get} and {@code getHistory}
 * take one key. Writes answer {@code SUCCESS} and raise {@code event_set}, {@code event_update} or
 * {@code event_delete}.
 */
public class BaseChaincode extends ChaincodeBase {

    static final String KEY_PREFIX = "base_key_";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TX_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /**
     * Runs as a chaincode server when CHAINCODE_SERVER_ADDRESS (host:port) is set, registering with
     * CORE_CHAINCODE_ID_NAME (the package id), as a peer's ccaas builder expects; without it, dials
     * the peer at CORE_PEER_ADDRESS the classic way. The shim's own start() only ever dials.
     */
    public static void main(String[] args) throws Exception {
        String address = System.getenv("CHAINCODE_SERVER_ADDRESS");
        if (address == null || address.isBlank()) {
            new BaseChaincode().start(args);
            return;
        }
        String packageId = System.getenv("CORE_CHAINCODE_ID_NAME");
        if (packageId == null || packageId.isBlank()) {
            System.err.println("CORE_CHAINCODE_ID_NAME must name the package id the peer installed");
            System.exit(2);
        }
        new BaseChaincode().serve(packageId, serverAddress(address)).start(); // serves until the process ends
    }

    /** Reads {@code host:port} (the host may be 0.0.0.0 to listen everywhere). */
    static InetSocketAddress serverAddress(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostAndPort.length() - 1) {
            throw new IllegalArgumentException("CHAINCODE_SERVER_ADDRESS must be host:port, not '" + hostAndPort + "'");
        }
        int port;
        try {
            port = Integer.parseInt(hostAndPort.substring(colon + 1).trim());
        } catch (NumberFormatException notANumber) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("CHAINCODE_SERVER_ADDRESS needs a port from 1 to 65535, not '"
                    + hostAndPort.substring(colon + 1) + "'");
        }
        return new InetSocketAddress(hostAndPort.substring(0, colon).trim(), port);
    }

    /** Serves this chaincode on {@code address} as {@code packageId}, in this process (devnet and tests). */
    public ChaincodeServer serve(String packageId, InetSocketAddress address) throws IOException {
        processCommandLineOptions(new String[] {"-i", packageId});
        Properties config = getChaincodeConfig(); // what start() would load before serving
        Metrics.initialize(config);
        Traces.initialize(config);
        ChaincodeServerProperties properties = new ChaincodeServerProperties();
        properties.setServerAddress(address);
        return new NettyChaincodeServer(this, properties);
    }

    @Override
    public Response init(ChaincodeStub stub) {
        return ResponseUtils.newSuccessResponse();
    }

    @Override
    public Response invoke(ChaincodeStub stub) {
        String function = stub.getFunction();
        List<String> args = stub.getParameters();
        try {
            return switch (function == null ? "" : function) {
                case "set" -> write(stub, args, false);
                case "update" -> write(stub, args, true);
                case "delete" -> delete(stub, args);
                case "get" -> get(stub, args);
                case "getHistory" -> history(stub, args);
                default -> ResponseUtils.newErrorResponse(
                        "Unknown function '" + function + "'; use set, update, delete, get or getHistory");
            };
        } catch (Refusal refusal) {
            return ResponseUtils.newErrorResponse(refusal.getMessage());
        }
    }

    private Response write(ChaincodeStub stub, List<String> args, boolean mustExist) {
        String name = mustExist ? "update" : "set";
        expectArguments(name, args, 1);
        JsonNode input = parse(args.get(0));
        String baseKey = text(input, "baseKey");
        requireKey(baseKey);
        String stateKey = KEY_PREFIX + baseKey;
        boolean exists = !isEmpty(stub.getState(stateKey));
        if (mustExist && !exists) {
            throw new Refusal("The key '" + baseKey + "' does not exist, so it cannot be updated");
        }
        if (!mustExist && exists) {
            throw new Refusal("The key '" + baseKey + "' already exists; use update to change it");
        }
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put("baseKey", baseKey);
        stored.put("baseValue", text(input, "baseValue"));
        stub.putStringState(stateKey, json(stored));
        stub.setEvent("event_" + name, args.get(0).getBytes(StandardCharsets.UTF_8));
        return ResponseUtils.newSuccessResponse("SUCCESS", "SUCCESS".getBytes(StandardCharsets.UTF_8));
    }

    private Response delete(ChaincodeStub stub, List<String> args) {
        expectArguments("delete", args, 1);
        String baseKey = args.get(0);
        requireKey(baseKey);
        String stateKey = KEY_PREFIX + baseKey;
        if (isEmpty(stub.getState(stateKey))) {
            throw new Refusal("The key '" + baseKey + "' does not exist, so it cannot be deleted");
        }
        stub.delState(stateKey);
        stub.setEvent("event_delete", baseKey.getBytes(StandardCharsets.UTF_8));
        return ResponseUtils.newSuccessResponse("SUCCESS", "SUCCESS".getBytes(StandardCharsets.UTF_8));
    }

    private Response get(ChaincodeStub stub, List<String> args) {
        expectArguments("get", args, 1);
        requireKey(args.get(0));
        byte[] value = stub.getState(KEY_PREFIX + args.get(0));
        if (isEmpty(value)) {
            throw new Refusal("The key '" + args.get(0) + "' does not exist");
        }
        return ResponseUtils.newSuccessResponse(value);
    }

    private Response history(ChaincodeStub stub, List<String> args) {
        expectArguments("getHistory", args, 1);
        requireKey(args.get(0));
        List<Map<String, Object>> entries = new ArrayList<>();
        try (QueryResultsIterator<KeyModification> modifications = stub.getHistoryForKey(KEY_PREFIX + args.get(0))) {
            for (KeyModification modification : modifications) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("txId", modification.getTxId());
                entry.put("dataInfo", modification.isDeleted() ? "" : modification.getStringValue());
                entry.put("txTime", modification.getTimestamp() == null ? "" : TX_TIME.format(modification.getTimestamp()));
                entry.put("isDelete", modification.isDeleted());
                entries.add(entry);
            }
        } catch (Exception e) {
            throw new Refusal("The history of '" + args.get(0) + "' could not be read: " + e.getMessage());
        }
        return ResponseUtils.newSuccessResponse(json(entries).getBytes(StandardCharsets.UTF_8));
    }

    private static void expectArguments(String function, List<String> args, int count) {
        if (args.size() != count) {
            throw new Refusal(function + " takes " + count + " argument(s), not " + args.size());
        }
    }

    private static void requireKey(String baseKey) {
        if (baseKey == null || baseKey.isBlank()) {
            throw new Refusal("The baseKey must not be blank");
        }
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new Refusal("The argument must be a JSON object {\"baseKey\": ..., \"baseValue\": ...}");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new Refusal("The argument is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isEmpty(byte[] value) {
        return value == null || value.length == 0;
    }

    /** A request the chaincode refuses, with the reason for the caller. */
    private static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message);
        }
    }
}
