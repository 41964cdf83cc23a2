package org.openbsn.gatewayadapter.ledger;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.Checkpoint;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockchainInfo;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.openbsn.gatewayadapter.keys.BouncyCastleKeys;
import org.openbsn.infra.ledger.ChannelPeers;
import org.openbsn.infra.ledger.LedgerConnection;

/**
 * Submits and evaluates chaincode functions through fabric-gateway: one gRPC channel per peer
 * endpoint (TLS), one Gateway per identity and peer, a deadline on every step, and failures mapped
 * to {@link LedgerException}s with the peers' and chaincode's own words. When a peer cannot be reached
 * before anything was ordered, the next peer is tried, so a call never runs twice; a refusal (of the
 * identity, by the chaincode) is final, since every peer of the channel would refuse alike.
 */
public final class LedgerClient implements AutoCloseable {

    private final Map<LedgerConnection.Peer, ManagedChannel> channels = new ConcurrentHashMap<>();
    private final Map<String, Gateway> gateways = new ConcurrentHashMap<>();
    private final List<LedgerConnection.Peer> peers;
    private final ChannelPeers channelPeers;
    private final Duration deadline;

    public LedgerClient(List<LedgerConnection.Peer> peers, Duration deadline) {
        this(peers, channel -> List.of(), deadline);
    }

    /** Calls on a channel go to the peers {@code channelPeers} names for it, or to {@code peers} when it names none. */
    public LedgerClient(List<LedgerConnection.Peer> peers, ChannelPeers channelPeers, Duration deadline) {
        if (peers.isEmpty()) {
            throw new IllegalArgumentException("the ledger client needs at least one peer endpoint");
        }
        this.peers = List.copyOf(peers);
        this.channelPeers = channelPeers;
        this.deadline = deadline;
    }

    private List<LedgerConnection.Peer> peersOf(String channel) {
        List<LedgerConnection.Peer> own = channelPeers.of(channel);
        return own.isEmpty() ? peers : own;
    }

    /** Submits a transaction and waits until it is committed; returns the chaincode's answer. */
    public byte[] submit(LedgerIdentity identity, String channel, String chaincode, String function, String... args) {
        return transact(identity, channel, chaincode, function, List.of(args), Map.of()).payload();
    }

    /** Evaluates a query against committed state; nothing is ordered or committed. */
    public byte[] evaluate(LedgerIdentity identity, String channel, String chaincode, String function, String... args) {
        return query(identity, channel, chaincode, function, List.of(args), Map.of()).payload();
    }

    /**
     * Submits a transaction with private (transient) data and waits until it is committed; the
     * result names the transaction and its block. A transaction that was ordered but not committed
     * as valid fails with its id and validation code.
     */
    public LedgerResult transact(LedgerIdentity identity, String channel, String chaincode, String function,
                                 List<String> args, Map<String, String> transientData) {
        return onFirstReachablePeer(identity, channel, gateway -> {
            Proposal proposal = proposal(gateway.getNetwork(channel), chaincode, function, args, transientData);
            Transaction endorsed;
            try {
                endorsed = proposal.endorse();
            } catch (EndorseException refused) {
                throw new Unreachable(refused);
            }
            try {
                SubmittedTransaction submitted = endorsed.submitAsync();
                org.hyperledger.fabric.client.Status status = submitted.getStatus();
                if (!status.isSuccessful()) {
                    throw new LedgerException(reasonFor(status.getCode()), "transaction " + status.getTransactionId()
                            + " was not committed: " + status.getCode(), status.getTransactionId());
                }
                return new LedgerResult(status.getTransactionId(), status.getBlockNumber(), submitted.getResult());
            } catch (SubmitException | CommitStatusException failed) {
                throw LedgerFailures.of(failed);
            }
        });
    }

    /** Evaluates a query with private (transient) data; the result names the proposal's transaction id. */
    public LedgerResult query(LedgerIdentity identity, String channel, String chaincode, String function,
                              List<String> args, Map<String, String> transientData) {
        return onFirstReachablePeer(identity, channel, gateway -> {
            Proposal proposal = proposal(gateway.getNetwork(channel), chaincode, function, args, transientData);
            try {
                return new LedgerResult(proposal.getTransactionId(), LedgerResult.NOT_IN_A_BLOCK, proposal.evaluate());
            } catch (GatewayException failed) {
                throw new Unreachable(failed);
            }
        });
    }

    private static Proposal proposal(Network network, String chaincode, String function, List<String> args,
                                     Map<String, String> transientData) {
        Proposal.Builder builder = network.getContract(chaincode).newProposal(function)
                .addArguments(args.toArray(String[]::new));
        transientData.forEach(builder::putTransient);
        return builder.build();
    }

    /**
     * The chaincode's events from the position {@code checkpoint} holds (just after the event it
     * last recorded), then live as blocks commit; the caller closes the stream. {@code attempt}
     * picks the peer, so that a caller reconnecting after a failure moves on to the next one.
     */
    public CloseableIterator<ChaincodeEvent> chaincodeEvents(LedgerIdentity identity, String channel, String chaincode,
                                                             Checkpoint checkpoint, int attempt) {
        List<LedgerConnection.Peer> serving = peersOf(channel);
        LedgerConnection.Peer peer = serving.get(Math.floorMod(attempt, serving.size()));
        return gateway(identity, peer).getNetwork(channel).newChaincodeEventsRequest(chaincode)
                .checkpoint(checkpoint).build().getEvents();
    }

    /**
     * The channel's blocks from the position {@code checkpoint} holds (its block number is the next
     * block to deliver), then live as they commit; the caller closes the stream. {@code attempt}
     * picks the peer, as for {@link #chaincodeEvents}.
     */
    public CloseableIterator<Block> blockEvents(LedgerIdentity identity, String channel, Checkpoint checkpoint, int attempt) {
        List<LedgerConnection.Peer> serving = peersOf(channel);
        LedgerConnection.Peer peer = serving.get(Math.floorMod(attempt, serving.size()));
        return gateway(identity, peer).getNetwork(channel).newBlockEventsRequest().checkpoint(checkpoint).build().getEvents();
    }

    /** The channel's height: the number of the next block to be committed (qscc GetChainInfo). */
    public long height(LedgerIdentity identity, String channel) {
        byte[] info = query(identity, channel, "qscc", "GetChainInfo", List.of(channel), Map.of()).payload();
        try {
            return BlockchainInfo.parseFrom(info).getHeight();
        } catch (InvalidProtocolBufferException malformed) {
            throw new LedgerException(LedgerException.Reason.UNAVAILABLE, "the peer's chain info for channel " + channel
                    + " cannot be read");
        }
    }

    /**
     * Evaluates {@code function} of a system chaincode (qscc) with raw byte arguments and returns its
     * answer; a refusal of the chaincode is a {@link LedgerException} with reason CHAINCODE_REFUSED.
     */
    public byte[] evaluateBytes(LedgerIdentity identity, String channel, String chaincode, String function, byte[]... args) {
        return onFirstReachablePeer(identity, channel, gateway -> {
            Proposal proposal = gateway.getNetwork(channel).getContract(chaincode).newProposal(function)
                    .addArguments(args).build();
            try {
                return proposal.evaluate();
            } catch (GatewayException failed) {
                throw new Unreachable(failed);
            }
        });
    }

    /**
     * Runs {@code call} on the Gateway of the first peer that can be reached; a failure before anything
     * was ordered ({@link Unreachable} with reason UNAVAILABLE) moves on to the next peer.
     */
    <T> T onFirstReachablePeer(LedgerIdentity identity, String channel, Function<Gateway, T> call) {
        LedgerException last = null;
        for (LedgerConnection.Peer peer : peersOf(channel)) {
            Gateway gateway;
            try {
                gateway = gateway(identity, peer);
            } catch (LedgerException unprepared) {
                last = unprepared;
                continue;
            }
            try {
                return call.apply(gateway);
            } catch (Unreachable failure) {
                last = LedgerFailures.of(failure.cause);
                if (last.reason() != LedgerException.Reason.UNAVAILABLE) {
                    throw last;
                }
            }
        }
        throw last;
    }

    /** A failure before anything reached the orderer: another peer may be tried. */
    static final class Unreachable extends RuntimeException {
        private final GatewayException cause;

        Unreachable(GatewayException cause) {
            super(cause.getMessage(), null, false, false);
            this.cause = cause;
        }
    }

    private Gateway gateway(LedgerIdentity identity, LedgerConnection.Peer peer) {
        String key = identity.mspId() + "\u0000" + identity.certificate().getSerialNumber() + "\u0000" + peer.host()
                + ":" + peer.port();
        return gateways.computeIfAbsent(key, k -> {
            try {
                long millis = deadline.toMillis();
                return Gateway.newInstance()
                        .identity(new X509Identity(identity.mspId(), identity.certificate()))
                        .signer(Signers.newPrivateKeySigner(BouncyCastleKeys.privateKey(identity.privateKey())))
                        .connection(channel(peer))
                        .evaluateOptions(options -> options.withDeadlineAfter(millis, TimeUnit.MILLISECONDS))
                        .endorseOptions(options -> options.withDeadlineAfter(millis, TimeUnit.MILLISECONDS))
                        .submitOptions(options -> options.withDeadlineAfter(millis, TimeUnit.MILLISECONDS))
                        .commitStatusOptions(options -> options.withDeadlineAfter(millis * 6, TimeUnit.MILLISECONDS))
                        .connect();
            } catch (RuntimeException e) {
                throw new LedgerException(LedgerException.Reason.UNAVAILABLE, "cannot prepare the connection: " + e.getMessage());
            }
        });
    }

    private ManagedChannel channel(LedgerConnection.Peer peer) {
        return channels.computeIfAbsent(peer, p -> {
            try {
                NettyChannelBuilder builder = NettyChannelBuilder.forAddress(p.host(), p.port())
                        .sslContext(GrpcSslContexts.forClient().trustManager(
                                new ByteArrayInputStream(p.tlsCaPem().getBytes(StandardCharsets.US_ASCII))).build());
                if (p.serverName() != null && !p.serverName().isBlank()) {
                    builder.overrideAuthority(p.serverName());
                }
                return builder.build();
            } catch (javax.net.ssl.SSLException | IllegalArgumentException e) {
                throw new LedgerException(LedgerException.Reason.UNAVAILABLE, "the TLS CA of peer " + p.host() + ":"
                        + p.port() + " cannot be used: " + e.getMessage());
            }
        });
    }

    private static LedgerException.Reason reasonFor(TxValidationCode code) {
        return switch (code) {
            case MVCC_READ_CONFLICT, PHANTOM_READ_CONFLICT -> LedgerException.Reason.CONFLICT;
            case ENDORSEMENT_POLICY_FAILURE -> LedgerException.Reason.ENDORSEMENT_FAILED;
            default -> LedgerException.Reason.NOT_COMMITTED;
        };
    }

    @Override
    public void close() {
        gateways.values().forEach(Gateway::close);
        channels.values().forEach(ManagedChannel::shutdownNow);
    }
}
