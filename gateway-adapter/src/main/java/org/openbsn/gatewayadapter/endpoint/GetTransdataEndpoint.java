package org.openbsn.gatewayadapter.endpoint;

import java.util.Base64;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hyperledger.fabric.protos.common.Envelope;
import org.openbsn.gatewayadapter.api.GatewayApplicationView;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.openbsn.gatewayadapter.protocol.GatewayReply;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/** {@code /api/fabric/v1/node/getTransdata}: the transaction itself, as JSON or as Base64 of its common.Envelope. */
@Component
class GetTransdataEndpoint implements GatewayEndpoint {

    private final LedgerReads reads;

    GetTransdataEndpoint(LedgerReads reads) {
        this.reads = reads;
    }

    @Override
    public String path() {
        return "/api/fabric/v1/node/getTransdata";
    }

    @Override
    public GatewayReply handle(GatewayRequest request) {
        GatewayApplicationView app = reads.applicationOfMember(request);
        DataType type = DataType.of(request.text("dataType"));
        String txId = request.text("txId");
        if (txId.isEmpty()) {
            throw new GatewayRefusal("body.txId is missing");
        }
        Envelope envelope = reads.transaction(app, txId).getTransactionEnvelope();
        String transData = type == DataType.JSON ? TransactionJson.transaction(envelope).toString()
                : Base64.getEncoder().encodeToString(envelope.toByteArray());
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("txId", txId).put("transData", transData);
        return GatewayReply.success(body, txId + transData);
    }
}
