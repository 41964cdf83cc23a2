package org.openbsn.devnet.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.Test;
import org.openbsn.fabric.config.Batching;
import org.openbsn.fabric.config.ChannelConfig;
import org.openbsn.fabric.config.ChannelGenesis;
import org.openbsn.fabric.config.ChannelMember;
import org.openbsn.fabric.config.EndorsementRule;
import org.openbsn.fabric.config.Endpoint;
import org.openbsn.fabric.config.OrderingCluster;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;

/** A genesis block as devnet reads it: its channel, its organisations' CAs and its batching, or why it opens nothing. */
class ConfigBlockTest {

    private static final OrganisationCa NODE1 = OrganisationCa.create("Node1MSP", "node1.test");
    private static final OrganisationCa ORDERER = OrganisationCa.create("OrdererMSP", "orderer.test");

    private static Block genesis(Batching batching) {
        String ca = Pem.of(NODE1.certificate());
        OrderingCluster cluster = new OrderingCluster("OrdererMSP", Pem.of(ORDERER.certificate()), Pem.of(ORDERER.certificate()),
                List.of(new OrderingCluster.Consenter(new Endpoint("127.0.0.1", 7050), Pem.of(ORDERER.certificate()))));
        return ChannelGenesis.block("app-one", ChannelConfig.channelGroup(List.of(new ChannelMember("Node1MSP", ca, ca,
                List.of(), true)), cluster, EndorsementRule.MAJORITY, batching), Instant.now());
    }

    @Test
    void readsTheChannelItsOrganisationsRootCertificatesAndBatching() {
        ConfigBlock config = ConfigBlock.genesis(genesis(new Batching(7, Duration.ofMillis(1500))));
        assertThat(config.channelId()).isEqualTo("app-one");
        assertThat(config.members()).containsOnlyKeys("Node1MSP");
        assertThat(config.members().get("Node1MSP").ca()).isEqualTo(NODE1.certificate());
        assertThat(config.batching()).contains(new Batching(7, Duration.ofMillis(1500)));
        assertThat(config.block().getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE).toByteArray())
                .as("marked valid, as a joining Fabric peer marks it").containsExactly(TxValidationCode.VALID_VALUE);
    }

    @Test
    void refusesWhatCannotOpenAChannel() {
        Block genesis = genesis(Batching.forTps(20));
        Block transactions = genesis.toBuilder().setData(genesis.getData().toBuilder()
                .setData(0, com.google.protobuf.ByteString.copyFrom("not an envelope", StandardCharsets.UTF_8))).build();
        assertThatThrownBy(() -> ConfigBlock.genesis(transactions)).hasMessage("block is not a config block");
        Block later = genesis.toBuilder().setHeader(genesis.getHeader().toBuilder().setNumber(3)).build();
        assertThatThrownBy(() -> ConfigBlock.genesis(later))
                .hasMessage("devnet opens a channel from its genesis block (number 0) only, not from config block 3");
    }
}
