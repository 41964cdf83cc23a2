package org.openbsn.gatewayadapter.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A business system's event calls (BSN-GATEWAY.md §2), each signed and sent as the Java SDK does through {@link BsnTestClient}. */
record EventClient(BsnTestClient bsn) {

    private static final ObjectMapper JSON = new ObjectMapper();

    String userCode() {
        return bsn.userCode;
    }

    JsonNode register(String chainCode, String eventKey, String notifyUrl, String attachArgs) {
        ObjectNode body = JSON.createObjectNode().put("attachArgs", attachArgs).put("chainCode", chainCode)
                .put("eventKey", eventKey).put("notifyUrl", notifyUrl);
        return bsn.post("/api/fabric/v1/chainCode/event/register",
                bsn.envelope(body, bsn.userCode + bsn.appCode + chainCode + eventKey + notifyUrl + attachArgs));
    }

    /** The Java SDK's blockRegister: no chainCode or eventKey, signed B+notifyUrl+attachArgs. */
    JsonNode blockRegister(String notifyUrl, String attachArgs) {
        ObjectNode body = JSON.createObjectNode().put("attachArgs", attachArgs).put("notifyUrl", notifyUrl);
        return bsn.post("/api/fabric/v1/chainCode/event/blockRegister",
                bsn.envelope(body, bsn.userCode + bsn.appCode + notifyUrl + attachArgs));
    }

    /** The Java SDK's query: no body at all. */
    JsonNode query() {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.putObject("header").put("appCode", bsn.appCode).put("userCode", bsn.userCode);
        envelope.put("mac", BsnTestClient.sign(bsn.accessKey(), bsn.userCode + bsn.appCode));
        return bsn.post("/api/fabric/v1/chainCode/event/query", envelope.toString());
    }

    JsonNode remove(String eventId) {
        return bsn.post("/api/fabric/v1/chainCode/event/remove",
                bsn.envelope(JSON.createObjectNode().put("eventId", eventId), bsn.userCode + bsn.appCode + eventId));
    }
}
