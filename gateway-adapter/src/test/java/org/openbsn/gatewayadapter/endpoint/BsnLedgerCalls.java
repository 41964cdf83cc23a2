package org.openbsn.gatewayadapter.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The calls of a public-key-upload business system and the ledger reads, each with the mac string
 * of BSN-GATEWAY.md §2, sent through a {@link BsnTestClient}. Block numbers go as JSON integers, as
 * the Go SDK sends them; a missing one is signed as "0".
 */
final class BsnLedgerCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BsnTestClient client;

    BsnLedgerCalls(BsnTestClient client) {
        this.client = client;
    }

    private String b() {
        return client.userCode + client.appCode;
    }

    JsonNode trans(String transData) {
        return client.post("/api/fabric/v1/node/trans", client.envelope(JSON.createObjectNode().put("transData", transData),
                b() + transData));
    }

    JsonNode prepare(String transData) {
        return client.post("/api/fabric/v1/node/trans/prepare",
                client.envelope(JSON.createObjectNode().put("transData", transData), b() + transData));
    }

    JsonNode commit(String txId, String signature) {
        return client.post("/api/fabric/v1/node/trans/commit",
                client.envelope(JSON.createObjectNode().put("signature", signature).put("txId", txId), b() + txId + signature));
    }

    JsonNode getTransaction(String txId) {
        return client.post("/api/fabric/v1/node/getTransaction",
                client.envelope(JSON.createObjectNode().put("txId", txId), b() + txId));
    }

    JsonNode getTransdata(String txId, String dataType) {
        return client.post("/api/fabric/v1/node/getTransdata",
                client.envelope(JSON.createObjectNode().put("dataType", dataType).put("txId", txId), b() + txId + dataType));
    }

    JsonNode getBlockInfo(long blockNumber, String blockHash, String txId) {
        ObjectNode body = JSON.createObjectNode().put("blockHash", blockHash).put("blockNumber", blockNumber).put("txId", txId);
        return client.post("/api/fabric/v1/node/getBlockInfo", client.envelope(body, b() + blockNumber + blockHash + txId));
    }

    JsonNode getBlockData(long blockNumber, String blockHash, String txId, String dataType) {
        ObjectNode body = JSON.createObjectNode().put("blockHash", blockHash).put("blockNumber", blockNumber)
                .put("dataType", dataType).put("txId", txId);
        return client.post("/api/fabric/v1/node/getBlockData",
                client.envelope(body, b() + blockNumber + blockHash + txId + dataType));
    }

    JsonNode getLedgerInfo() {
        return client.post("/api/fabric/v1/node/getLedgerInfo", client.envelope(JSON.createObjectNode(), b()));
    }
}
