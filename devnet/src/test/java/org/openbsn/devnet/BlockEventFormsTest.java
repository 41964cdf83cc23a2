package org.openbsn.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import io.grpc.ManagedChannel;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.peer.BlockAndPrivateData;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.FilteredBlock;
import org.hyperledger.fabric.protos.peer.FilteredTransaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.fabric.msp.NodeOu;

/** Filtered blocks and blocks with private data, as fabric-gateway's event requests receive them. */
class BlockEventFormsTest {

    @TempDir
    static Path data;
    private static Devnet devnet;
    private static ChannelLedger ledger;
    private static ManagedChannel channel;
    private static Gateway gateway;
    private static long start;
    private static SubmittedTransaction set;
    private static Map<TxValidationCode, String> conflicting = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        devnet = Devnet.start(Devnet.Settings.defaults(data));
        ledger = devnet.openChannel("app-1", List.of("Org1MSP"));
        devnet.deployBaseChaincode("app-1", "base");
        channel = Clients.tls(devnet);
        gateway = Clients.connect(devnet, channel, "Org1MSP", "user1", NodeOu.CLIENT);
        start = ledger.height();
        set = base().newProposal("set").addArguments("{\"baseKey\":\"f1\",\"baseValue\":\"v\"}").build().endorse().submitAsync();
        assertThat(set.getStatus().isSuccessful()).isTrue();
        Transaction first = base().newProposal("update").addArguments("{\"baseKey\":\"f1\",\"baseValue\":\"a\"}").build().endorse();
        Transaction second = base().newProposal("update").addArguments("{\"baseKey\":\"f1\",\"baseValue\":\"b\"}").build().endorse();
        for (SubmittedTransaction update : List.of(first.submitAsync(), second.submitAsync())) {
            conflicting.put(update.getStatus().getCode(), update.getTransactionId());
        }
        assertThat(conflicting).containsOnlyKeys(TxValidationCode.VALID, TxValidationCode.MVCC_READ_CONFLICT);
    }

    @AfterAll
    static void stop() {
        gateway.close();
        channel.shutdownNow();
        devnet.close();
    }

    private static Contract base() {
        return gateway.getNetwork("app-1").getContract("base");
    }

    @Test
    void filteredBlocksCarryTransactionsTheirCodesAndEventsWithoutPayload() throws Exception {
        Map<String, FilteredTransaction> seen = new HashMap<>();
        try (var blocks = gateway.getNetwork("app-1").newFilteredBlockEventsRequest().startBlock(start).build().getEvents()) {
            for (long number = start; number < ledger.height(); number++) {
                FilteredBlock block = Clients.next(blocks);
                assertThat(block.getNumber()).isEqualTo(number);
                assertThat(block.getChannelId()).isEqualTo("app-1");
                block.getFilteredTransactionsList().forEach(transaction -> seen.put(transaction.getTxid(), transaction));
            }
        }
        FilteredTransaction created = seen.get(set.getTransactionId());
        assertThat(created.getType()).isEqualTo(HeaderType.ENDORSER_TRANSACTION);
        assertThat(created.getTxValidationCode()).isEqualTo(TxValidationCode.VALID);
        ChaincodeEvent event = created.getTransactionActions().getChaincodeActions(0).getChaincodeEvent();
        assertThat(event.getEventName()).isEqualTo("event_set");
        assertThat(event.getChaincodeId()).isEqualTo("base");
        assertThat(event.getTxId()).isEqualTo(set.getTransactionId());
        assertThat(event.getPayload().isEmpty()).as("filtered events carry no payload").isTrue();
        assertThat(seen.get(conflicting.get(TxValidationCode.MVCC_READ_CONFLICT)).getTxValidationCode())
                .isEqualTo(TxValidationCode.MVCC_READ_CONFLICT);
    }

    @Test
    void blocksWithPrivateDataCarryTheWholeBlockAndNoPrivateData() throws Exception {
        try (var blocks = gateway.getNetwork("app-1").newBlockAndPrivateDataEventsRequest().startBlock(start).build().getEvents()) {
            BlockAndPrivateData first = Clients.next(blocks);
            assertThat(first.getBlock()).isEqualTo(ledger.block(start));
            assertThat(first.getPrivateDataMapMap()).isEmpty();
        }
    }

    @Test
    void anOrdererIdentityReceivesNeitherForm() {
        try (Gateway orderer = Clients.connect(devnet, channel, "Org1MSP", "orderer0", NodeOu.ORDERER)) {
            var network = orderer.getNetwork("app-1");
            try (var filtered = network.newFilteredBlockEventsRequest().startBlock(0).build().getEvents();
                 var withPrivateData = network.newBlockAndPrivateDataEventsRequest().startBlock(0).build().getEvents()) {
                assertThatThrownBy(() -> Clients.next(filtered)).rootCause()
                        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("FORBIDDEN");
                assertThatThrownBy(() -> Clients.next(withPrivateData)).rootCause()
                        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("FORBIDDEN");
            }
        }
    }
}
