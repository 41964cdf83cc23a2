package org.openbsn.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockchainInfo;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.peer.ProcessedTransaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.devnet.ledger.BlockHashing;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.fabric.msp.NodeOu;

/** The query system chaincode qscc on every channel, with Fabric's functions, arguments and marshalled results. */
class QueryChaincodeTest {

    @TempDir
    static Path data;
    private static Devnet devnet;
    private static ChannelLedger ledger;
    private static ManagedChannel channel;
    private static Gateway gateway;
    private static SubmittedTransaction valid;
    private static SubmittedTransaction conflicting;

    @BeforeAll
    static void start() throws Exception {
        devnet = Devnet.start(Devnet.Settings.defaults(data));
        ledger = devnet.openChannel("app-1", List.of("Org1MSP"));
        devnet.deployBaseChaincode("app-1", "base");
        channel = Clients.tls(devnet);
        gateway = Clients.connect(devnet, channel, "Org1MSP", "user1", NodeOu.CLIENT);
        Contract base = gateway.getNetwork("app-1").getContract("base");
        base.submitTransaction("set", "{\"baseKey\":\"q1\",\"baseValue\":\"0\"}");
        Transaction first = base.newProposal("update").addArguments("{\"baseKey\":\"q1\",\"baseValue\":\"a\"}").build().endorse();
        Transaction second = base.newProposal("update").addArguments("{\"baseKey\":\"q1\",\"baseValue\":\"b\"}").build().endorse();
        valid = first.submitAsync();
        conflicting = second.submitAsync();
        assertThat(valid.getStatus().getCode()).isEqualTo(TxValidationCode.VALID);
        assertThat(conflicting.getStatus().getCode()).isEqualTo(TxValidationCode.MVCC_READ_CONFLICT);
    }

    @AfterAll
    static void stop() {
        gateway.close();
        channel.shutdownNow();
        devnet.close();
    }

    private static Contract qscc() {
        return gateway.getNetwork("app-1").getContract("qscc");
    }

    @Test
    void chainInfoGivesTheHeightAndTheHashesOfTheLastTwoBlocks() throws Exception {
        BlockchainInfo info = BlockchainInfo.parseFrom(qscc().evaluateTransaction("GetChainInfo", "app-1"));
        long height = ledger.height();
        assertThat(info.getHeight()).isEqualTo(height);
        assertThat(info.getCurrentBlockHash().toByteArray()).isEqualTo(BlockHashing.headerHash(ledger.block(height - 1).getHeader()));
        assertThat(info.getPreviousBlockHash().toByteArray()).isEqualTo(BlockHashing.headerHash(ledger.block(height - 2).getHeader()));
    }

    @Test
    void blocksAreFoundByNumberAndByHeaderHash() throws Exception {
        Block first = Block.parseFrom(qscc().evaluateTransaction("GetBlockByNumber", "app-1", "0"));
        assertThat(first).isEqualTo(ledger.block(0));
        byte[] hash = BlockHashing.headerHash(first.getHeader());
        Block byHash = Block.parseFrom(qscc().evaluateTransaction("GetBlockByHash", "app-1".getBytes(StandardCharsets.UTF_8), hash));
        assertThat(byHash).isEqualTo(first);
    }

    @Test
    void transactionsAreFoundWithTheirValidationCodeAndTheirBlock() throws Exception {
        ProcessedTransaction found = ProcessedTransaction.parseFrom(
                qscc().evaluateTransaction("GetTransactionByID", "app-1", conflicting.getTransactionId()));
        assertThat(found.getValidationCode()).isEqualTo(TxValidationCode.MVCC_READ_CONFLICT_VALUE);
        Payload payload = Payload.parseFrom(found.getTransactionEnvelope().getPayload());
        assertThat(ChannelHeader.parseFrom(payload.getHeader().getChannelHeader()).getTxId())
                .isEqualTo(conflicting.getTransactionId());
        assertThat(ProcessedTransaction.parseFrom(qscc().evaluateTransaction("GetTransactionByID", "app-1",
                valid.getTransactionId())).getValidationCode()).isEqualTo(TxValidationCode.VALID_VALUE);

        Block block = Block.parseFrom(qscc().evaluateTransaction("GetBlockByTxID", "app-1", valid.getTransactionId()));
        assertThat(block.getHeader().getNumber()).isEqualTo(valid.getStatus().getBlockNumber());
    }

    @Test
    void whatIsNotInTheLedgerIsAChaincodeErrorWordedAsFabricWordsIt() {
        assertThatThrownBy(() -> qscc().evaluateTransaction("GetTransactionByID", "app-1", "no-such-tx"))
                .isInstanceOf(GatewayException.class)
                .hasMessageContaining("chaincode response 500, Failed to get transaction with id no-such-tx")
                .satisfies(e -> assertThat(((GatewayException) e).getStatus().getCode()).isEqualTo(Status.Code.UNKNOWN));
        assertThatThrownBy(() -> qscc().evaluateTransaction("GetBlockByNumber", "app-1", "999"))
                .hasMessageContaining("Failed to get block number 999");
        assertThatThrownBy(() -> qscc().evaluateTransaction("GetBlockByTxID", "app-1", "no-such-tx"))
                .hasMessageContaining("Failed to get block for txID no-such-tx");
        assertThatThrownBy(() -> qscc().evaluateTransaction("GetBlockByNumber", "app-1"))
                .hasMessageContaining("missing 3rd argument for GetBlockByNumber");
        assertThatThrownBy(() -> qscc().evaluateTransaction("GetChainInfo", "elsewhere"))
                .hasMessageContaining("Invalid chain ID, elsewhere");
        assertThatThrownBy(() -> qscc().evaluateTransaction("GetEverything", "app-1", "x"))
                .hasMessageContaining("Requested function GetEverything not found.");
    }

    @Test
    void peersMayQueryTheLedgerButOrderersMayNot() throws Exception {
        try (Gateway peer = Clients.connect(devnet, channel, "Org1MSP", "peer5", NodeOu.PEER)) {
            byte[] info = peer.getNetwork("app-1").getContract("qscc").evaluateTransaction("GetChainInfo", "app-1");
            assertThat(BlockchainInfo.parseFrom(info).getHeight()).isPositive();
        }
        try (Gateway orderer = Clients.connect(devnet, channel, "Org1MSP", "orderer5", NodeOu.ORDERER)) {
            assertThatThrownBy(() -> orderer.getNetwork("app-1").getContract("qscc").evaluateTransaction("GetChainInfo", "app-1"))
                    .isInstanceOf(GatewayException.class)
                    .hasMessageContaining("does not satisfy the channel's Readers policy")
                    .satisfies(e -> assertThat(((GatewayException) e).getStatus().getCode())
                            .isEqualTo(Status.Code.PERMISSION_DENIED));
        }
    }

    @Test
    void blocksAndTransactionsAreFoundAgainAfterARestart(@TempDir Path elsewhere) throws Exception {
        String txId;
        byte[] lastHash;
        try (Devnet first = Devnet.start(Devnet.Settings.defaults(elsewhere))) {
            ChannelLedger before = first.openChannel("app-2", List.of("Org1MSP"));
            first.deployBaseChaincode("app-2", "base");
            ManagedChannel tls = Clients.tls(first);
            try (Gateway client = Clients.connect(first, tls, "Org1MSP", "user2", NodeOu.CLIENT)) {
                SubmittedTransaction set = client.getNetwork("app-2").getContract("base").newProposal("set")
                        .addArguments("{\"baseKey\":\"k\",\"baseValue\":\"v\"}").build().endorse().submitAsync();
                assertThat(set.getStatus().isSuccessful()).isTrue();
                txId = set.getTransactionId();
            } finally {
                tls.shutdownNow();
            }
            lastHash = before.info().getCurrentBlockHash().toByteArray();
        }
        try (Devnet second = Devnet.start(Devnet.Settings.defaults(elsewhere))) {
            ChannelLedger after = second.openChannel("app-2", List.of("Org1MSP"));
            assertThat(after.transaction(txId)).hasValueSatisfying(found ->
                    assertThat(found.getValidationCode()).isEqualTo(TxValidationCode.VALID_VALUE));
            assertThat(after.blockByHash(lastHash)).hasValue(after.block(after.height() - 1));
            assertThat(after.blockOfTransaction(txId)).isPresent();
        }
    }
}
