package org.openbsn.gatewayadapter.endpoint;

import java.util.HexFormat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hyperledger.fabric.protos.common.Block;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayReply;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/**
 * {@code /api/fabric/v1/node/getBlockInfo}: a block chosen by txId, else blockHash, else blockNumber,
 * with its hash, number, previous hash, size in bytes, transaction count and a summary of each transaction.
 */
@Component
class GetBlockInfoEndpoint implements GatewayEndpoint {

    private final LedgerReads reads;

    GetBlockInfoEndpoint(LedgerReads reads) {
        this.reads = reads;
    }

    @Override
    public String path() {
        return "/api/fabric/v1/node/getBlockInfo";
    }

    @Override
    public GatewayReply handle(GatewayRequest request) {
        Block block = reads.selectedBlock(reads.applicationOfMember(request), request);
        String blockHash = HexFormat.of().formatHex(BlockViews.headerHash(block.getHeader()));
        String preBlockHash = HexFormat.of().formatHex(block.getHeader().getPreviousHash().toByteArray());
        long number = block.getHeader().getNumber();
        int size = block.getSerializedSize();
        int count = block.getData().getDataCount();
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("blockHash", blockHash).put("blockNumber", number)
                .put("preBlockHash", preBlockHash).put("blockSize", size).put("blockTxCount", count);
        StringBuilder macText = new StringBuilder(blockHash).append(number).append(preBlockHash).append(size).append(count);
        ArrayNode transactions = body.putArray("transactions");
        for (BlockViews.TransactionSummary tx : BlockViews.transactions(block)) {
            transactions.addObject().put("txId", tx.txId()).put("status", tx.status()).put("createName", tx.createName())
                    .put("timeSpanSec", tx.timeSpanSec()).put("timeSpanNsec", tx.timeSpanNsec());
            macText.append(tx.txId()).append(tx.status()).append(tx.createName()).append(tx.timeSpanSec())
                    .append(tx.timeSpanNsec());
        }
        return GatewayReply.success(body, macText.toString());
    }
}
