package org.openbsn.orderingbridge.network;

import java.util.Optional;

import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.Block;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each channel's genesis block, kept once the orderers have it: peers joining later, and an update computed against
 * it, need that very block, not a new one.
 */
final class GenesisBlocks {

    private final JdbcClient jdbc;

    GenesisBlocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void keep(String channelId, Block genesis) {
        jdbc.sql("insert into channel_genesis (channel_id, block) values (:channel, :block) on conflict (channel_id) do nothing")
                .param("channel", channelId).param("block", genesis.toByteArray()).update();
    }

    Optional<Block> of(String channelId) {
        return jdbc.sql("select block from channel_genesis where channel_id = :channel").param("channel", channelId)
                .query((rs, row) -> {
                    try {
                        return Block.parseFrom(rs.getBytes(1));
                    } catch (InvalidProtocolBufferException e) {
                        throw new IllegalStateException("The genesis block of " + channelId + " is damaged", e);
                    }
                }).optional();
    }

    void forget(String channelId) {
        jdbc.sql("delete from channel_genesis where channel_id = :channel").param("channel", channelId).update();
    }
}
