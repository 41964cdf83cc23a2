package org.openbsn.gatewayadapter.endpoint;

import java.util.HexFormat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hyperledger.fabric.protos.common.Block;
import org.openbsn.gatewayadapter.api.GatewayApplicationView;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.openbsn.gatewayadapter.protocol.GatewayReply;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/**
 * {@code /api/fabric/v1/node/getTransaction}: the block a transaction is in (hash and number), its
 * validation code, the CN of its creator and the time in its channel header.
 */
@Component
class GetTransactionEndpoint implements GatewayEndpoint {

    private final LedgerReads reads;

    GetTransactionEndpoint(LedgerReads reads) {
        this.reads = reads;
    }

    @Override
    public String path() {
        return "/api/fabric/v1/node/getTransaction";
    }

    @Override
    public GatewayReply handle(GatewayRequest request) {
        GatewayApplicationView app = reads.applicationOfMember(request);
        String txId = request.text("txId");
        if (txId.isEmpty()) {
            throw new GatewayRefusal("body.txId is missing");
        }
        Block block = reads.blockOfTransaction(app, txId);
        BlockViews.TransactionSummary tx = BlockViews.transactions(block).stream()
                .filter(summary -> summary.txId().equals(txId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("qscc named block " + block.getHeader().getNumber()
                        + " for transaction " + txId + ", which it does not hold"));
        String blockHash = HexFormat.of().formatHex(BlockViews.headerHash(block.getHeader()));
        long number = block.getHeader().getNumber();
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("blockHash", blockHash).put("blockNumber", number)
                .put("status", tx.status()).put("createName", tx.createName()).put("timeSpanSec", tx.timeSpanSec())
                .put("timeSpanNsec", tx.timeSpanNsec());
        return GatewayReply.success(body, blockHash + number + tx.status() + tx.createName() + tx.timeSpanSec()
                + tx.timeSpanNsec());
    }
}
