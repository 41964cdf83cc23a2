package org.openbsn.gatewayadapter.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbsn.gatewayadapter.endpoint.UploadGateway.assertSuccess;
import static org.openbsn.gatewayadapter.endpoint.UploadGateway.keys;
import static org.openbsn.gatewayadapter.endpoint.UploadGateway.prepareAndCommit;
import static org.openbsn.gatewayadapter.endpoint.UploadGateway.set;

import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.Envelope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.devnet.ledger.BlockHashing;
import org.openbsn.devnet.ledger.ChannelLedger;

/**
 * The ledger reads of BSN's gateway (getTransaction, getTransdata, getBlockInfo, getBlockData,
 * getLedgerInfo) for a member of a public-key-upload application ({@link UploadGateway}), checked
 * against what devnet itself holds, and the block hash in reqChainCode's invoke replies.
 */
class GatewayLedgerReadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    private static UploadGateway gateway;

    @BeforeAll
    static void start() {
        gateway = new UploadGateway(data);
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void theLedgerReadsAgreeWithDevnetAndTheHashesChain() throws Exception {
        BsnLedgerCalls calls = new BsnLedgerCalls(gateway.reader);
        BsnProposal proposal = gateway.bobs("set", set("receipt-5", "for the auditors"));
        assertSuccess(prepareAndCommit(new BsnLedgerCalls(gateway.admin), proposal, gateway.bobsKey));
        ChannelLedger ledger = gateway.receipts();
        Block block = ledger.blockOfTransaction(proposal.txId()).orElseThrow();
        long number = block.getHeader().getNumber();
        String hash = HexFormat.of().formatHex(BlockHashing.headerHash(block.getHeader()));

        JsonNode tx = calls.getTransaction(proposal.txId());
        assertSuccess(tx);
        assertThat(keys(tx.path("body"))).containsExactly("blockHash", "blockNumber", "status", "createName", "timeSpanSec",
                "timeSpanNsec");
        assertThat(tx.path("body").path("blockHash").asText()).isEqualTo(hash);
        assertThat(tx.path("body").path("blockNumber").isIntegralNumber()).isTrue();
        assertThat(tx.path("body").path("blockNumber").asLong()).isEqualTo(number);
        assertThat(tx.path("body").path("status").asInt()).isZero();
        assertThat(tx.path("body").path("createName").asText()).isEqualTo("bob@" + gateway.app);
        long now = System.currentTimeMillis() / 1000;
        assertThat(tx.path("body").path("timeSpanSec").asLong()).as("the proposal's time").isBetween(now - 600, now);
        assertThat(gateway.reader.replyVerifies(tx, BsnTestClient.valuesInOrder(tx.path("body")))).isTrue();

        JsonNode byTx = calls.getBlockInfo(0, "", proposal.txId());
        assertSuccess(byTx);
        JsonNode info = byTx.path("body");
        assertThat(keys(info)).containsExactly("blockHash", "blockNumber", "preBlockHash", "blockSize", "blockTxCount",
                "transactions");
        assertThat(info.path("blockHash").asText()).isEqualTo(hash);
        assertThat(info.path("preBlockHash").asText()).isEqualTo(HexFormat.of().formatHex(block.getHeader().getPreviousHash()
                .toByteArray()));
        assertThat(info.path("blockTxCount").asInt()).isEqualTo(block.getData().getDataCount());
        assertThat(info.path("transactions").findValuesAsText("txId")).contains(proposal.txId());
        assertThat(keys(info.path("transactions").get(0))).containsExactly("txId", "status", "createName", "timeSpanSec",
                "timeSpanNsec");
        assertThat(gateway.reader.replyVerifies(byTx, BsnTestClient.valuesInOrder(info))).isTrue();
        assertThat(calls.getBlockInfo(number, "", "").path("body")).isEqualTo(info);
        assertThat(calls.getBlockInfo(0, hash, "").path("body")).isEqualTo(info);
        JsonNode previous = calls.getBlockInfo(number - 1, "", "").path("body");
        assertThat(previous.path("blockHash").asText()).as("the hashes chain").isEqualTo(info.path("preBlockHash").asText());

        JsonNode ledgerInfo = calls.getLedgerInfo();
        assertSuccess(ledgerInfo);
        assertThat(keys(ledgerInfo.path("body"))).containsExactly("blockHash", "height", "preBlockHash");
        long height = ledgerInfo.path("body").path("height").asLong();
        assertThat(height).isGreaterThan(number).isEqualTo(ledger.height());
        assertThat(ledgerInfo.path("body").path("blockHash").asText())
                .isEqualTo(calls.getBlockInfo(height - 1, "", "").path("body").path("blockHash").asText());
        assertThat(ledgerInfo.path("body").path("preBlockHash").asText())
                .isEqualTo(calls.getBlockInfo(height - 2, "", "").path("body").path("blockHash").asText());
        assertThat(gateway.reader.replyVerifies(ledgerInfo, BsnTestClient.valuesInOrder(ledgerInfo.path("body")))).isTrue();

        JsonNode raw = calls.getTransdata(proposal.txId(), "protobuf");
        assertSuccess(raw);
        assertThat(keys(raw.path("body"))).containsExactly("txId", "transData");
        Envelope envelope = Envelope.parseFrom(Base64.getDecoder().decode(raw.path("body").path("transData").asText()));
        assertThat(envelope).isEqualTo(ledger.transaction(proposal.txId()).orElseThrow().getTransactionEnvelope());
        assertThat(gateway.reader.replyVerifies(raw, BsnTestClient.valuesInOrder(raw.path("body")))).isTrue();
        JsonNode readable = JSON.readTree(calls.getTransdata(proposal.txId(), "json").path("body").path("transData")
                .asText());
        assertThat(readable.path("txId").asText()).isEqualTo(proposal.txId());
        assertThat(readable.path("creator").path("name").asText()).isEqualTo("bob@" + gateway.app);
        assertThat(readable.path("actions").get(0).path("args").get(0).asText()).isEqualTo("set");
        assertThat(readable.path("actions").get(0).path("writes").toString()).contains("receipt-5", "for the auditors");

        JsonNode blockData = calls.getBlockData(number, "", "", "");
        assertSuccess(blockData);
        assertThat(keys(blockData.path("body"))).containsExactly("blockHash", "blockNumber", "preBlockHash", "blockData");
        assertThat(Block.parseFrom(Base64.getDecoder().decode(blockData.path("body").path("blockData").asText())))
                .isEqualTo(ledger.block(number));
        assertThat(gateway.reader.replyVerifies(blockData, BsnTestClient.valuesInOrder(blockData.path("body")))).isTrue();
        JsonNode blockJson = JSON.readTree(calls.getBlockData(0, "", proposal.txId(), "json").path("body")
                .path("blockData").asText());
        assertThat(blockJson.path("number").asLong()).isEqualTo(number);
        assertThat(blockJson.path("transactions").findValuesAsText("txId")).contains(proposal.txId());
    }

    @Test
    void theFirstBlockHasNoPreviousHashAndItsTransactionsAreListed() throws Exception {
        BsnLedgerCalls calls = new BsnLedgerCalls(gateway.reader);
        JsonNode genesis = calls.getBlockInfo(0, "", "");
        assertSuccess(genesis);
        assertThat(genesis.path("body").path("blockNumber").asLong()).isZero();
        assertThat(genesis.path("body").path("preBlockHash").asText()).isEmpty();
        assertThat(genesis.path("body").path("blockHash").asText())
                .isEqualTo(HexFormat.of().formatHex(BlockHashing.headerHash(gateway.receipts().block(0).getHeader())));
        assertThat(genesis.path("body").path("transactions").isArray()).isTrue();
        assertThat(genesis.path("body").path("transactions")).hasSize(gateway.receipts().block(0).getData().getDataCount());
        JsonNode json = JSON.readTree(calls.getBlockData(0, "", "", "json").path("body").path("blockData").asText());
        assertThat(json.path("number").asLong()).isZero();
        assertThat(json.path("transactions")).hasSize(gateway.receipts().block(0).getData().getDataCount());
    }

    @Test
    void ledgerReadsOfWhatDoesNotExistOrInAnUnknownFormAreRefused() {
        BsnLedgerCalls calls = new BsnLedgerCalls(gateway.reader);
        String missing = " does not exist in the ledger of application " + gateway.app;
        gateway.assertRefused(calls.getBlockInfo(999_999, "", ""), "block 999999" + missing);
        gateway.assertRefused(calls.getBlockInfo(0, "ff".repeat(32), ""), "block with hash " + "ff".repeat(32) + missing);
        gateway.assertRefused(calls.getBlockInfo(0, "not-a-hash", ""), "body.blockHash must be 64 hexadecimal characters");
        gateway.assertRefused(calls.getTransaction("cd".repeat(32)), "transaction " + "cd".repeat(32) + " does not exist");
        gateway.assertRefused(calls.getTransdata("cd".repeat(32), "xml"), "body.dataType must be json or protobuf");
        gateway.assertRefused(calls.getBlockData(0, "", "", "xml"), "body.dataType must be json or protobuf");
    }

    @Test
    void aKeyTrustInvokeNowReportsTheHashOfItsBlock() {
        BsnTestClient keyTrust = gateway.admin.as(gateway.admin.userCode, gateway.keyTrustApp, gateway.admin.accessKey());
        JsonNode set = keyTrust.reqChainCode("", "set", set("lot-9", "hashed"));
        assertSuccess(set);
        String txId = set.path("body").path("blockInfo").path("txId").asText();
        Block block = gateway.devnet.channel("receipts-kt").orElseThrow().blockOfTransaction(txId).orElseThrow();
        assertThat(set.path("body").path("blockInfo").path("blockHash").asText())
                .isEqualTo(HexFormat.of().formatHex(BlockHashing.headerHash(block.getHeader())));
        assertThat(keyTrust.replyVerifies(set, BsnTestClient.valuesInOrder(set.path("body")))).isTrue();
    }
}
