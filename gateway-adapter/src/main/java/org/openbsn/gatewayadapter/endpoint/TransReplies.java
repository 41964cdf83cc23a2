package org.openbsn.gatewayadapter.endpoint;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openbsn.gatewayadapter.protocol.GatewayReply;

/** The reply of reqChainCode, node/trans and trans/commit: {@code {blockInfo{txId,blockHash,status},ccRes{ccCode,ccData}}}. */
final class TransReplies {

    static final int VALID = 0;
    /** Fabric's INVALID_OTHER_REASON: the chaincode refused, so nothing was committed. */
    static final int INVALID_OTHER_REASON = 255;

    private TransReplies() {
    }

    /** Signed over txId+blockHash+status+ccCode+ccData, as BSN-GATEWAY.md §3 says. */
    static GatewayReply blockInfo(String txId, String blockHash, int status, int ccCode, String ccData) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("blockInfo").put("txId", txId).put("blockHash", blockHash).put("status", status);
        body.putObject("ccRes").put("ccCode", ccCode).put("ccData", ccData);
        return GatewayReply.success(body, txId + blockHash + status + ccCode + ccData);
    }
}
