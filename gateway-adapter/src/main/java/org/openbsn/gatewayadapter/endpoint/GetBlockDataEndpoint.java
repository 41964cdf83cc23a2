package org.openbsn.gatewayadapter.endpoint;

import java.util.Base64;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hyperledger.fabric.protos.common.Block;
import org.openbsn.gatewayadapter.api.GatewayApplicationView;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayReply;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/**
 * {@code /api/fabric/v1/node/getBlockData}: a block chosen as getBlockInfo chooses it (txId, else
 * blockHash, else blockNumber), with the whole block as JSON or as Base64 of its common.Block.
 */
@Component
class GetBlockDataEndpoint implements GatewayEndpoint {

    private final LedgerReads reads;

    GetBlockDataEndpoint(LedgerReads reads) {
        this.reads = reads;
    }

    @Override
    public String path() {
        return "/api/fabric/v1/node/getBlockData";
    }

    @Override
    public GatewayReply handle(GatewayRequest request) {
        GatewayApplicationView app = reads.applicationOfMember(request);
        DataType type = DataType.of(request.text("dataType"));
        Block block = reads.selectedBlock(app, request);
        String blockHash = HexFormat.of().formatHex(BlockViews.headerHash(block.getHeader()));
        String preBlockHash = HexFormat.of().formatHex(block.getHeader().getPreviousHash().toByteArray());
        long number = block.getHeader().getNumber();
        String blockData = type == DataType.JSON ? TransactionJson.block(block, blockHash).toString()
                : Base64.getEncoder().encodeToString(block.toByteArray());
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("blockHash", blockHash).put("blockNumber", number)
                .put("preBlockHash", preBlockHash).put("blockData", blockData);
        return GatewayReply.success(body, blockHash + number + preBlockHash + blockData);
    }
}
