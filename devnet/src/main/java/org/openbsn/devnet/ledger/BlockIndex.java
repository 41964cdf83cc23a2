package org.openbsn.devnet.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;

/** Where blocks and transactions are: blocks by header hash, transactions by id (their first occurrence). */
final class BlockIndex {

    /** A transaction's place: its block and its index in the block. */
    record Location(long block, int index) {
    }

    private final Map<ByteString, Long> blocksByHash = new HashMap<>();
    private final Map<String, Location> transactions = new HashMap<>();

    void add(Block block) {
        long number = block.getHeader().getNumber();
        blocksByHash.put(ByteString.copyFrom(BlockHashing.headerHash(block.getHeader())), number);
        for (int index = 0; index < block.getData().getDataCount(); index++) {
            try {
                Payload payload = Payload.parseFrom(Envelope.parseFrom(block.getData().getData(index)).getPayload());
                String txId = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader()).getTxId();
                if (!txId.isEmpty()) {
                    transactions.putIfAbsent(txId, new Location(number, index));
                }
            } catch (InvalidProtocolBufferException unreadable) {
                // an entry without a readable header has no id to find it by
            }
        }
    }

    Optional<Long> blockWithHash(byte[] headerHash) {
        return Optional.ofNullable(blocksByHash.get(ByteString.copyFrom(headerHash)));
    }

    Optional<Location> transaction(String txId) {
        return Optional.ofNullable(transactions.get(txId));
    }
}
