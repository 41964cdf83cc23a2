package org.openbsn.devnet.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.BlockchainInfo;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.peer.ProcessedTransaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.openbsn.devnet.chaincode.StateView;
import org.openbsn.fabric.msp.Msp;
import org.openbsn.devnet.policy.EndorsementPolicy;

/**
 * One channel's ledger. Blocks are validated in Fabric's order (creator signature, tx id, single
 * action and proposal hash, duplicate tx id, the endorsement policy of the invoked chaincode, MVCC),
 * valid writes applied in order, and each transaction's code recorded.
 */
public final class ChannelLedger {

    /** The final status of a transaction: its validation code and the block it is in. */
    public record TxStatus(TxValidationCode code, long blockNumber) {
    }

    private final String channelId;
    private final Map<String, Msp> members;
    private final List<Block> blocks = new ArrayList<>();
    private final WorldState state = new WorldState();
    private final Map<String, CompletableFuture<TxStatus>> statuses = new ConcurrentHashMap<>();
    private final Map<Long, CompletableFuture<Block>> awaited = new ConcurrentHashMap<>();

    private final BlockIndex blockIndex = new BlockIndex();
    private final Map<String, EndorsementPolicy> policies = new ConcurrentHashMap<>();
    private final NamespaceRules namespaces = new NamespaceRules();
    private final TransactionValidator validator;
    private final BlockStore store;

    /** A ledger held in memory only (tests of validation). */
    public ChannelLedger(String channelId, Map<String, Msp> members) {
        this(channelId, members, null);
    }

    /**
     * A ledger whose blocks live in {@code store}: everything committed before is read back and
     * its valid transactions applied again, so state, history and statuses are as they were.
     */
    public ChannelLedger(String channelId, Map<String, Msp> members, BlockStore store) {
        this.channelId = channelId;
        this.members = Map.copyOf(members);
        this.validator = new TransactionValidator(channelId, this.members, this::validationPolicy);
        this.store = store;
        if (store != null) {
            store.recovered().forEach(this::restore);
        }
    }

    private void restore(Block block) {
        byte[] filter = block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE).toByteArray();
        blocks.add(block);
        blockIndex.add(block);
        for (int index = 0; index < block.getData().getDataCount(); index++) {
            try {
                Envelope envelope = Envelope.parseFrom(block.getData().getData(index));
                String txId = TransactionIds.of(envelope);
                if (filter[index] == TxValidationCode.VALID_VALUE && TransactionIds.isEndorserTransaction(envelope)) {
                    state.apply(Validated.valid(envelope), block.getHeader().getNumber(), index);
                }
                if (txId != null && !txId.isEmpty()) { // the genesis configuration has no transaction id
                    status(txId).complete(new TxStatus(TxValidationCode.forNumber(filter[index]), block.getHeader().getNumber()));
                }
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException("Block " + block.getHeader().getNumber() + " of " + channelId
                        + " cannot be read back", e);
            }
        }
    }

    public String channelId() {
        return channelId;
    }

    public Map<String, Msp> members() {
        return members;
    }

    /**
     * Sets the endorsement policy that {@code chaincode}'s transactions must satisfy from the next
     * block on, as a committed chaincode definition does in Fabric. Until then it is MAJORITY.
     */
    public void defineEndorsementPolicy(String chaincode, EndorsementPolicy policy) {
        policies.put(chaincode, policy);
    }

    /** The endorsement policy of {@code chaincode} on this channel (MAJORITY unless defined otherwise). */
    public EndorsementPolicy endorsementPolicy(String chaincode) {
        return policies.getOrDefault(chaincode, EndorsementPolicy.majority());
    }

    /** The rules system chaincodes add to this channel's namespaces. */
    public NamespaceRules namespaces() {
        return namespaces;
    }

    /** The keys of {@code namespace} whose names start with {@code prefix}. */
    public List<String> keys(String namespace, String prefix) {
        return state.keys(namespace, prefix);
    }

    /** The channel's latest configuration block (block 0 at least, for a channel opened from its genesis block). */
    public synchronized Optional<ConfigBlock> latestConfig() {
        return ConfigBlock.latest(blocks);
    }

    private EndorsementPolicy validationPolicy(String namespace, KVRWSet rwset) {
        return namespaces.policy(namespace, rwset).orElseGet(() -> endorsementPolicy(namespace));
    }

    public synchronized long height() {
        return blocks.size();
    }

    public synchronized Block block(long number) {
        return blocks.get((int) number);
    }

    /** Height and the hashes of the last block and the one before it, as qscc's GetChainInfo reports them. */
    public synchronized BlockchainInfo info() {
        BlockchainInfo.Builder info = BlockchainInfo.newBuilder().setHeight(blocks.size());
        if (!blocks.isEmpty()) {
            BlockHeader last = blocks.get(blocks.size() - 1).getHeader();
            info.setCurrentBlockHash(ByteString.copyFrom(BlockHashing.headerHash(last))).setPreviousBlockHash(last.getPreviousHash());
        }
        return info.build();
    }

    /** The block whose header hashes to {@code headerHash}. */
    public synchronized Optional<Block> blockByHash(byte[] headerHash) {
        return blockIndex.blockWithHash(headerHash).map(number -> blocks.get(number.intValue()));
    }

    /** The transaction {@code txId} (its first occurrence) with the code it was validated with. */
    public synchronized Optional<ProcessedTransaction> transaction(String txId) {
        return blockIndex.transaction(txId).map(location -> {
            Block block = blocks.get((int) location.block());
            try {
                return ProcessedTransaction.newBuilder()
                        .setTransactionEnvelope(Envelope.parseFrom(block.getData().getData(location.index())))
                        .setValidationCode(block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE)
                                .byteAt(location.index()) & 0xFF)
                        .build();
            } catch (InvalidProtocolBufferException indexedSoReadable) {
                throw new IllegalStateException(indexedSoReadable);
            }
        });
    }

    /** The block holding transaction {@code txId} (its first occurrence). */
    public synchronized Optional<Block> blockOfTransaction(String txId) {
        return blockIndex.transaction(txId).map(location -> blocks.get((int) location.block()));
    }

    /** Completes with block {@code number} as soon as it is committed (at once if it is). */
    public synchronized CompletableFuture<Block> awaitBlock(long number) {
        if (number < blocks.size()) {
            return CompletableFuture.completedFuture(blocks.get((int) number));
        }
        return awaited.computeIfAbsent(number, n -> new CompletableFuture<>());
    }

    /** The world state of one chaincode as simulations read it. */
    public StateView view(String chaincode) {
        return state.view(chaincode);
    }

    /** Completes when {@code txId} is committed (at once if it already is). */
    public CompletableFuture<TxStatus> status(String txId) {
        return statuses.computeIfAbsent(txId, id -> new CompletableFuture<>());
    }

    public synchronized boolean knows(String txId) {
        CompletableFuture<TxStatus> status = statuses.get(txId);
        return status != null && status.isDone();
    }

    /** Writes block 0 of a new channel from its first configuration ({@link GenesisConfig}); a ledger with blocks stays. */
    public synchronized void startWithGenesis(Envelope config) {
        if (blocks.isEmpty()) {
            BlockData data = BlockData.newBuilder().addData(config.toByteString()).build();
            announce(seal(data, new byte[] {(byte) TxValidationCode.VALID_VALUE}));
        }
    }

    /** Takes {@code genesis}, a channel's block 0 as its orderers were given it, as the first block of an empty ledger. */
    public synchronized void startWith(Block genesis) {
        if (blocks.isEmpty()) {
            if (store != null) {
                store.append(genesis);
            }
            restore(genesis);
            announce(genesis);
        }
    }

    /** Closes the block file; the ledger is not used afterwards. */
    public void close() {
        if (store != null) {
            store.close();
        }
    }

    /**
     * Validates and commits one block of transactions; returns it. Listeners of the namespaces written hear of it
     * before any submitter learns its transaction's status.
     */
    public Block commit(List<Envelope> transactions) {
        Block block;
        Map<Integer, Validated> valid = new TreeMap<>();
        synchronized (this) {
            block = validateAndSeal(transactions, valid);
            state.apply(valid, block.getHeader().getNumber());
            announce(block);
        }
        valid.values().forEach(namespaces::committed);
        byte[] filter = block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE).toByteArray();
        for (int index = 0; index < transactions.size(); index++) {
            String txId = TransactionIds.of(transactions.get(index));
            if (txId != null) {
                // a duplicate keeps the status of its first occurrence
                status(txId).complete(new TxStatus(TxValidationCode.forNumber(filter[index]), block.getHeader().getNumber()));
            }
        }
        return block;
    }

    private Block validateAndSeal(List<Envelope> transactions, Map<Integer, Validated> valid) {
        byte[] filter = new byte[transactions.size()];
        Set<String> txIdsInBlock = new HashSet<>();
        Set<String> writtenInBlock = new HashSet<>();
        BlockData.Builder data = BlockData.newBuilder();
        for (int index = 0; index < transactions.size(); index++) {
            Envelope envelope = transactions.get(index);
            data.addData(envelope.toByteString());
            Validated validated = validator.validate(envelope, txIdsInBlock, writtenInBlock, this::knows, state::get);
            filter[index] = (byte) validated.code().getNumber();
            if (validated.txId() != null) {
                txIdsInBlock.add(validated.txId());
            }
            if (validated.code() == TxValidationCode.VALID) {
                valid.put(index, validated);
                validated.rwset().getWritesList().forEach(w -> writtenInBlock.add(WorldState.key(validated.namespace(), w.getKey())));
            }
        }
        return seal(data.build(), filter);
    }

    /** Makes the next block of {@code data} with its validation {@code filter}, on disk before any effect is visible. */
    private Block seal(BlockData data, byte[] filter) {
        long number = blocks.size();
        BlockHeader.Builder header = BlockHeader.newBuilder().setNumber(number)
                .setDataHash(BlockHashing.bytes(BlockHashing.dataHash(data)));
        if (number > 0) {
            header.setPreviousHash(BlockHashing.bytes(BlockHashing.headerHash(blocks.get((int) number - 1).getHeader())));
        }
        BlockMetadata.Builder metadata = BlockMetadata.newBuilder();
        for (int i = 0; i < BlockMetadataIndex.values().length - 1; i++) {
            metadata.addMetadata(i == BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE ? ByteString.copyFrom(filter) : ByteString.EMPTY);
        }
        Block block = Block.newBuilder().setHeader(header).setData(data).setMetadata(metadata).build();
        if (store != null) {
            store.append(block);
        }
        blocks.add(block);
        blockIndex.add(block);
        return block;
    }

    private void announce(Block block) {
        CompletableFuture<Block> waiting = awaited.remove(block.getHeader().getNumber());
        if (waiting != null) {
            waiting.complete(block);
        }
    }
}
