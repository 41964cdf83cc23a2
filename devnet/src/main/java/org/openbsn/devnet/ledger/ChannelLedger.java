package org.openbsn.devnet.ledger;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRead;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.openbsn.devnet.chaincode.StateView;
import org.openbsn.devnet.msp.Msp;
import org.openbsn.devnet.msp.NodeOu;
import org.openbsn.devnet.msp.Pem;

/**
 * One channel's ledger. Blocks are validated in Fabric's order (creator signature, tx id, single
 * action and proposal hash, duplicate tx id, endorsement policy MAJORITY of the channel's
 * organisations, MVCC), valid writes applied in order, and each transaction's code recorded.
 */
public final class ChannelLedger {

    /** The final status of a transaction: its validation code and the block it is in. */
    public record TxStatus(TxValidationCode code, long blockNumber) {
    }

    private final String channelId;
    private final Map<String, Msp> members;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, StateView.Versioned> state = new HashMap<>();
    private final Map<String, List<StateView.Change>> history = new HashMap<>();
    private final Map<String, CompletableFuture<TxStatus>> statuses = new ConcurrentHashMap<>();
    private final Map<Long, CompletableFuture<Block>> awaited = new ConcurrentHashMap<>();

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
        this.store = store;
        if (store != null) {
            store.recovered().forEach(this::restore);
        }
    }

    private void restore(Block block) {
        byte[] filter = block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE).toByteArray();
        blocks.add(block);
        for (int index = 0; index < block.getData().getDataCount(); index++) {
            try {
                Envelope envelope = Envelope.parseFrom(block.getData().getData(index));
                String txId = txId(envelope);
                if (filter[index] == TxValidationCode.VALID_VALUE) {
                    apply(contentOf(envelope), block.getHeader().getNumber(), index);
                }
                if (txId != null) {
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

    public synchronized long height() {
        return blocks.size();
    }

    public synchronized Block block(long number) {
        return blocks.get((int) number);
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
        return new StateView() {
            @Override
            public Optional<Versioned> get(String key) {
                synchronized (ChannelLedger.this) {
                    return Optional.ofNullable(state.get(chaincode + "\u0000" + key));
                }
            }

            @Override
            public List<Change> history(String key) {
                synchronized (ChannelLedger.this) {
                    return List.copyOf(history.getOrDefault(chaincode + "\u0000" + key, List.of()));
                }
            }
        };
    }

    /** Completes when {@code txId} is committed (at once if it already is). */
    public CompletableFuture<TxStatus> status(String txId) {
        return statuses.computeIfAbsent(txId, id -> new CompletableFuture<>());
    }

    public synchronized boolean knows(String txId) {
        CompletableFuture<TxStatus> status = statuses.get(txId);
        return status != null && status.isDone();
    }

    /** Validates and commits one block of transactions; returns it. */
    public synchronized Block commit(List<Envelope> transactions) {
        long number = blocks.size();
        byte[] filter = new byte[transactions.size()];
        Map<Integer, Validated> valid = new java.util.TreeMap<>();
        Set<String> txIdsInBlock = new HashSet<>();
        Set<String> writtenInBlock = new HashSet<>();
        BlockData.Builder data = BlockData.newBuilder();
        for (int index = 0; index < transactions.size(); index++) {
            Envelope envelope = transactions.get(index);
            data.addData(envelope.toByteString());
            Validated validated = validate(envelope, txIdsInBlock, writtenInBlock);
            filter[index] = (byte) validated.code().getNumber();
            if (validated.txId() != null) {
                txIdsInBlock.add(validated.txId());
            }
            if (validated.code() == TxValidationCode.VALID) {
                valid.put(index, validated);
                validated.rwset().getWritesList().forEach(w -> writtenInBlock.add(validated.namespace() + "\u0000" + w.getKey()));
            }
        }
        BlockData blockData = data.build();
        BlockHeader.Builder header = BlockHeader.newBuilder().setNumber(number)
                .setDataHash(BlockHashing.bytes(BlockHashing.dataHash(blockData)));
        if (number > 0) {
            header.setPreviousHash(BlockHashing.bytes(BlockHashing.headerHash(blocks.get((int) number - 1).getHeader())));
        }
        BlockMetadata.Builder metadata = BlockMetadata.newBuilder();
        for (int i = 0; i < BlockMetadataIndex.values().length - 1; i++) {
            metadata.addMetadata(i == BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE ? ByteString.copyFrom(filter) : ByteString.EMPTY);
        }
        Block block = Block.newBuilder().setHeader(header).setData(blockData).setMetadata(metadata).build();
        if (store != null) {
            store.append(block); // on disk before any effect is visible
        }
        blocks.add(block);
        valid.forEach((index, validated) -> apply(validated, number, index));
        CompletableFuture<Block> waiting = awaited.remove(number);
        if (waiting != null) {
            waiting.complete(block);
        }
        for (int index = 0; index < transactions.size(); index++) {
            String txId = txId(transactions.get(index));
            if (txId != null) {
                TxStatus status = new TxStatus(TxValidationCode.forNumber(filter[index]), number);
                // a duplicate keeps the status of its first occurrence
                status(txId).complete(status);
            }
        }
        return block;
    }

    private record Validated(TxValidationCode code, String txId, String namespace, KVRWSet rwset, Instant timestamp) {
        static Validated invalid(TxValidationCode code, String txId) {
            return new Validated(code, txId, null, null, null);
        }
    }

    private Validated validate(Envelope envelope, Set<String> txIdsInBlock, Set<String> writtenInBlock) {
        Payload payload;
        ChannelHeader channel;
        SignatureHeader signature;
        try {
            payload = Payload.parseFrom(envelope.getPayload());
            channel = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
            signature = SignatureHeader.parseFrom(payload.getHeader().getSignatureHeader());
        } catch (InvalidProtocolBufferException e) {
            return Validated.invalid(TxValidationCode.BAD_PAYLOAD, null);
        }
        String txId = channel.getTxId();
        if (channel.getType() != HeaderType.ENDORSER_TRANSACTION_VALUE || !channelId.equals(channel.getChannelId())) {
            return Validated.invalid(TxValidationCode.BAD_COMMON_HEADER, txId);
        }
        if (!signedByCreator(envelope, signature)) {
            return Validated.invalid(TxValidationCode.BAD_CREATOR_SIGNATURE, txId);
        }
        if (!txId.equals(TransactionIds.of(signature.getNonce(), signature.getCreator()))) {
            return Validated.invalid(TxValidationCode.BAD_PROPOSAL_TXID, txId);
        }
        try {
            Transaction transaction = Transaction.parseFrom(payload.getData());
            if (transaction.getActionsCount() != 1) {
                return Validated.invalid(TxValidationCode.INVALID_ENDORSER_TRANSACTION, txId);
            }
            ChaincodeActionPayload actionPayload = ChaincodeActionPayload.parseFrom(transaction.getActions(0).getPayload());
            ByteString responsePayload = actionPayload.getAction().getProposalResponsePayload();
            ProposalResponsePayload response = ProposalResponsePayload.parseFrom(responsePayload);
            byte[] expectedHash = TransactionIds.proposalHash(payload.getHeader().getChannelHeader(),
                    payload.getHeader().getSignatureHeader(), actionPayload.getChaincodeProposalPayload());
            if (!MessageDigest.isEqual(expectedHash, response.getProposalHash().toByteArray())) {
                return Validated.invalid(TxValidationCode.INVALID_ENDORSER_TRANSACTION, txId);
            }
            if (knows(txId) || txIdsInBlock.contains(txId)) {
                return Validated.invalid(TxValidationCode.DUPLICATE_TXID, txId);
            }
            if (!endorsedByMajority(responsePayload, actionPayload.getAction().getEndorsementsList())) {
                return Validated.invalid(TxValidationCode.ENDORSEMENT_POLICY_FAILURE, txId);
            }
            ChaincodeAction action = ChaincodeAction.parseFrom(response.getExtension());
            TxReadWriteSet results = TxReadWriteSet.parseFrom(action.getResults());
            String namespace = action.getChaincodeId().getName();
            KVRWSet rwset = KVRWSet.getDefaultInstance();
            for (NsReadWriteSet ns : results.getNsRwsetList()) {
                if (ns.getNamespace().equals(namespace)) {
                    rwset = KVRWSet.parseFrom(ns.getRwset());
                }
            }
            for (KVRead read : rwset.getReadsList()) {
                String key = namespace + "\u0000" + read.getKey();
                StateView.Versioned committed = state.get(key);
                boolean readAbsent = !read.hasVersion();
                boolean sameVersion = readAbsent ? committed == null
                        : committed != null && committed.blockNumber() == read.getVersion().getBlockNum()
                                && committed.txNumber() == read.getVersion().getTxNum();
                if (!sameVersion || writtenInBlock.contains(key)) {
                    return Validated.invalid(TxValidationCode.MVCC_READ_CONFLICT, txId);
                }
            }
            Instant at = Instant.ofEpochSecond(channel.getTimestamp().getSeconds(), channel.getTimestamp().getNanos());
            return new Validated(TxValidationCode.VALID, txId, namespace, rwset, at);
        } catch (InvalidProtocolBufferException e) {
            return Validated.invalid(TxValidationCode.INVALID_ENDORSER_TRANSACTION, txId);
        }
    }

    private void apply(Validated valid, long block, int index) {
        for (KVWrite write : valid.rwset().getWritesList()) {
            String key = valid.namespace() + "\u0000" + write.getKey();
            byte[] value = write.getIsDelete() ? null : write.getValue().toByteArray();
            if (value == null) {
                state.remove(key);
            } else {
                state.put(key, new StateView.Versioned(value, block, index));
            }
            history.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new StateView.Change(valid.txId(), value, valid.timestamp(), value == null));
        }
    }

    /** The writes of a transaction already validated (used when reading blocks back). */
    private static Validated contentOf(Envelope envelope) throws InvalidProtocolBufferException {
        Payload payload = Payload.parseFrom(envelope.getPayload());
        ChannelHeader channel = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
        Transaction transaction = Transaction.parseFrom(payload.getData());
        ChaincodeActionPayload actionPayload = ChaincodeActionPayload.parseFrom(transaction.getActions(0).getPayload());
        ProposalResponsePayload response = ProposalResponsePayload.parseFrom(
                actionPayload.getAction().getProposalResponsePayload());
        ChaincodeAction action = ChaincodeAction.parseFrom(response.getExtension());
        String namespace = action.getChaincodeId().getName();
        KVRWSet rwset = KVRWSet.getDefaultInstance();
        for (NsReadWriteSet ns : TxReadWriteSet.parseFrom(action.getResults()).getNsRwsetList()) {
            if (ns.getNamespace().equals(namespace)) {
                rwset = KVRWSet.parseFrom(ns.getRwset());
            }
        }
        Instant at = Instant.ofEpochSecond(channel.getTimestamp().getSeconds(), channel.getTimestamp().getNanos());
        return new Validated(TxValidationCode.VALID, channel.getTxId(), namespace, rwset, at);
    }

    private boolean signedByCreator(Envelope envelope, SignatureHeader signature) {
        try {
            SerializedIdentity creator = SerializedIdentity.parseFrom(signature.getCreator());
            Msp msp = members.get(creator.getMspid());
            if (msp == null) {
                return false;
            }
            X509Certificate certificate = Pem.certificate(creator.getIdBytes().toByteArray());
            return msp.problemWithSignature(certificate, envelope.getPayload().toByteArray(),
                    envelope.getSignature().toByteArray()).isEmpty();
        } catch (InvalidProtocolBufferException | IllegalArgumentException e) {
            return false;
        }
    }

    /** MAJORITY: more than half of the channel's organisations endorsed with a valid peer signature. */
    private boolean endorsedByMajority(ByteString responsePayload, List<Endorsement> endorsements) {
        Set<String> organisations = new HashSet<>();
        for (Endorsement endorsement : endorsements) {
            try {
                SerializedIdentity endorser = SerializedIdentity.parseFrom(endorsement.getEndorser());
                Msp msp = members.get(endorser.getMspid());
                if (msp == null) {
                    continue;
                }
                X509Certificate certificate = Pem.certificate(endorser.getIdBytes().toByteArray());
                byte[] signed = responsePayload.concat(endorsement.getEndorser()).toByteArray();
                if (Msp.roleOf(certificate).filter(role -> role == NodeOu.PEER).isPresent()
                        && msp.problemWithSignature(certificate, signed, endorsement.getSignature().toByteArray()).isEmpty()) {
                    organisations.add(endorser.getMspid());
                }
            } catch (InvalidProtocolBufferException | IllegalArgumentException ignored) {
                // an endorsement that cannot be read counts for nobody
            }
        }
        return organisations.size() > members.size() / 2;
    }

    private static String txId(Envelope envelope) {
        try {
            Payload payload = Payload.parseFrom(envelope.getPayload());
            return ChannelHeader.parseFrom(payload.getHeader().getChannelHeader()).getTxId();
        } catch (InvalidProtocolBufferException e) {
            return null;
        }
    }
}
