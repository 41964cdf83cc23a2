package org.openbsn.gatewayadapter.endpoint;

import java.util.HexFormat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hyperledger.fabric.protos.common.BlockchainInfo;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayReply;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/** {@code /api/fabric/v1/node/getLedgerInfo}: the hash of the newest block, the height, and the hash before it. */
@Component
class GetLedgerInfoEndpoint implements GatewayEndpoint {

    private final LedgerReads reads;

    GetLedgerInfoEndpoint(LedgerReads reads) {
        this.reads = reads;
    }

    @Override
    public String path() {
        return "/api/fabric/v1/node/getLedgerInfo";
    }

    @Override
    public GatewayReply handle(GatewayRequest request) {
        BlockchainInfo info = reads.chainInfo(reads.applicationOfMember(request));
        String blockHash = HexFormat.of().formatHex(info.getCurrentBlockHash().toByteArray());
        String preBlockHash = HexFormat.of().formatHex(info.getPreviousBlockHash().toByteArray());
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("blockHash", blockHash).put("height", info.getHeight()).put("preBlockHash", preBlockHash);
        return GatewayReply.success(body, blockHash + info.getHeight() + preBlockHash);
    }
}
