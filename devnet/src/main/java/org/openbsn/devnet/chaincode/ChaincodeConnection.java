package org.openbsn.devnet.chaincode;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import org.hyperledger.fabric.protos.ledger.queryresult.KeyModification;
import org.hyperledger.fabric.protos.peer.ChaincodeGrpc;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ChaincodeInput;
import org.hyperledger.fabric.protos.peer.ChaincodeMessage;
import org.hyperledger.fabric.protos.peer.DelState;
import org.hyperledger.fabric.protos.peer.GetHistoryForKey;
import org.hyperledger.fabric.protos.peer.GetState;
import org.hyperledger.fabric.protos.peer.PutState;
import org.hyperledger.fabric.protos.peer.QueryResponse;
import org.hyperledger.fabric.protos.peer.QueryResultBytes;
import org.hyperledger.fabric.protos.peer.Response;
import org.hyperledger.fabric.protos.peer.SignedProposal;

/**
 * One stream to a chaincode server, as a peer with an external builder holds it. Transactions on
 * it run concurrently, told apart by channel and transaction id. Once the stream ends (the
 * chaincode stopped or the connection broke) the connection is closed for good and every
 * transaction on it fails at once with {@link ChaincodeUnavailableException}.
 */
public final class ChaincodeConnection implements Chaincode, AutoCloseable {

    private final ManagedChannel channel;
    private final String address;
    private final CompletableFuture<String> registered = new CompletableFuture<>();
    private final Map<String, Invocation> running = new ConcurrentHashMap<>();
    private volatile boolean open = true;
    private StreamObserver<ChaincodeMessage> toChaincode;

    private ChaincodeConnection(ManagedChannel channel, String address) {
        this.channel = channel;
        this.address = address;
    }

    /**
     * Dials the chaincode at {@code host:port} and waits for it to register; returns once it is ready.
     *
     * @throws ChaincodeUnavailableException when nothing answers there or it does not register within {@code patience}
     */
    public static ChaincodeConnection connect(String host, int port, Duration patience) {
        ChaincodeConnection connection = new ChaincodeConnection(
                NettyChannelBuilder.forAddress(host, port).usePlaintext().build(), host + ":" + port);
        connection.toChaincode = ChaincodeGrpc.newStub(connection.channel).connect(connection.new FromChaincode());
        try {
            connection.registered.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return connection;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            connection.close();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Throwable reason = e instanceof ExecutionException ? e.getCause() : e;
            throw new ChaincodeUnavailableException("the chaincode at " + connection.address + " did not register within "
                    + patience + ": " + reason, e);
        }
    }

    /** False once the stream to the chaincode has ended; a closed connection never opens again. */
    public boolean isOpen() {
        return open;
    }

    /** The name the chaincode registered with (its package id). */
    public String chaincodeName() {
        return registered.join();
    }

    @Override
    public Simulation invoke(String channelId, String txId, List<byte[]> args, StateView state, Duration patience) {
        Invocation invocation = new Invocation(state);
        String key = key(channelId, txId);
        if (running.putIfAbsent(key, invocation) != null) {
            throw new IllegalStateException("Transaction " + txId + " is already running on " + channelId);
        }
        ChaincodeInput.Builder input = ChaincodeInput.newBuilder();
        args.forEach(arg -> input.addArgs(ByteString.copyFrom(arg)));
        try {
            if (!open) { // checked after registering the invocation, so a stream ending now fails it too
                throw new ChaincodeUnavailableException("the connection to the chaincode at " + address + " is closed");
            }
            send(ChaincodeMessage.newBuilder().setType(ChaincodeMessage.Type.TRANSACTION)
                    .setChannelId(channelId).setTxid(txId)
                    .setPayload(input.build().toByteString())
                    .setProposal(SignedProposal.getDefaultInstance())
                    .build());
            return invocation.result.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The chaincode did not answer transaction " + txId + " within " + patience, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ChaincodeUnavailableException gone) {
                throw gone;
            }
            throw new IllegalStateException("Transaction " + txId + " failed in the chaincode: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while transaction " + txId + " ran", e);
        } finally {
            running.remove(key);
        }
    }

    @Override
    public void close() {
        open = false;
        if (toChaincode != null) {
            try {
                toChaincode.onCompleted();
            } catch (RuntimeException alreadyClosed) {
                // the stream is gone already
            }
        }
        channel.shutdownNow();
    }

    private synchronized void send(ChaincodeMessage message) {
        try {
            toChaincode.onNext(message);
        } catch (RuntimeException broken) {
            throw new ChaincodeUnavailableException("the connection to the chaincode at " + address + " broke", broken);
        }
    }

    private static String key(String channelId, String txId) {
        return channelId + "\u0000" + txId;
    }

    /** The simulation of one transaction: reads from committed state, writes kept aside. */
    private static final class Invocation {
        private final StateView state;
        private final Map<String, StateView.Versioned> reads = Collections.synchronizedMap(new LinkedHashMap<>());
        private final Map<String, byte[]> writes = Collections.synchronizedMap(new LinkedHashMap<>());
        private final CompletableFuture<Simulation> result = new CompletableFuture<>();

        Invocation(StateView state) {
            this.state = state;
        }

        /** Fabric's rule: a transaction reads committed state, never its own writes. */
        byte[] read(String key) {
            StateView.Versioned value = state.get(key).orElse(null);
            reads.putIfAbsent(key, value);
            return value == null ? new byte[0] : value.value();
        }
    }

    private final class FromChaincode implements StreamObserver<ChaincodeMessage> {

        @Override
        public void onNext(ChaincodeMessage message) {
            try {
                handle(message);
            } catch (InvalidProtocolBufferException | RuntimeException e) {
                reply(message, ChaincodeMessage.Type.ERROR, ByteString.copyFromUtf8(String.valueOf(e.getMessage())));
            }
        }

        private void handle(ChaincodeMessage message) throws InvalidProtocolBufferException {
            if (message.getType() == ChaincodeMessage.Type.REGISTER) {
                String name = ChaincodeID.parseFrom(message.getPayload()).getName();
                send(ChaincodeMessage.newBuilder().setType(ChaincodeMessage.Type.REGISTERED).build());
                send(ChaincodeMessage.newBuilder().setType(ChaincodeMessage.Type.READY).build());
                registered.complete(name);
                return;
            }
            Invocation invocation = running.get(key(message.getChannelId(), message.getTxid()));
            if (invocation == null) {
                reply(message, ChaincodeMessage.Type.ERROR, ByteString.copyFromUtf8("No such transaction"));
                return;
            }
            switch (message.getType()) {
                case GET_STATE -> reply(message, ChaincodeMessage.Type.RESPONSE,
                        ByteString.copyFrom(invocation.read(GetState.parseFrom(message.getPayload()).getKey())));
                case PUT_STATE -> {
                    PutState put = PutState.parseFrom(message.getPayload());
                    invocation.writes.put(put.getKey(), put.getValue().toByteArray());
                    reply(message, ChaincodeMessage.Type.RESPONSE, ByteString.EMPTY);
                }
                case DEL_STATE -> {
                    invocation.writes.put(DelState.parseFrom(message.getPayload()).getKey(), null);
                    reply(message, ChaincodeMessage.Type.RESPONSE, ByteString.EMPTY);
                }
                case GET_HISTORY_FOR_KEY -> reply(message, ChaincodeMessage.Type.RESPONSE,
                        history(invocation, GetHistoryForKey.parseFrom(message.getPayload()).getKey(), message.getTxid()));
                case QUERY_STATE_CLOSE -> reply(message, ChaincodeMessage.Type.RESPONSE,
                        QueryResponse.newBuilder().setHasMore(false).build().toByteString());
                case COMPLETED -> {
                    Response response = Response.parseFrom(message.getPayload());
                    invocation.result.complete(new Simulation(response.getStatus(), response.getMessage(),
                            response.getPayload().toByteArray(), Map.copyOf(nullSafe(invocation.reads)),
                            copy(invocation.writes), message.hasChaincodeEvent() ? message.getChaincodeEvent() : null));
                }
                case ERROR -> invocation.result.complete(new Simulation(500, message.getPayload().toStringUtf8(),
                        new byte[0], Map.of(), Map.of(), null));
                default -> reply(message, ChaincodeMessage.Type.ERROR,
                        ByteString.copyFromUtf8("devnet does not support " + message.getType() + " yet"));
            }
        }

        private ByteString history(Invocation invocation, String key, String queryId) {
            QueryResponse.Builder response = QueryResponse.newBuilder().setHasMore(false).setId(queryId);
            for (StateView.Change change : invocation.state.history(key)) {
                KeyModification.Builder modification = KeyModification.newBuilder()
                        .setTxId(change.txId()).setIsDelete(change.deleted())
                        .setTimestamp(Timestamp.newBuilder().setSeconds(change.timestamp().getEpochSecond())
                                .setNanos(change.timestamp().getNano()));
                if (change.value() != null) {
                    modification.setValue(ByteString.copyFrom(change.value()));
                }
                response.addResults(QueryResultBytes.newBuilder().setResultBytes(modification.build().toByteString()));
            }
            return response.build().toByteString();
        }

        private void reply(ChaincodeMessage to, ChaincodeMessage.Type type, ByteString payload) {
            send(ChaincodeMessage.newBuilder().setType(type).setChannelId(to.getChannelId()).setTxid(to.getTxid())
                    .setPayload(payload).build());
        }

        @Override
        public void onError(Throwable failure) {
            ended(new ChaincodeUnavailableException("the connection to the chaincode at " + address + " broke: "
                    + failure.getMessage(), failure));
        }

        @Override
        public void onCompleted() {
            ended(new ChaincodeUnavailableException("the chaincode at " + address + " closed the stream"));
        }

        private void ended(ChaincodeUnavailableException gone) {
            open = false; // before failing the running ones, so that none starts unseen
            registered.completeExceptionally(gone);
            running.values().forEach(invocation -> invocation.result.completeExceptionally(gone));
        }
    }

    private static Map<String, StateView.Versioned> nullSafe(Map<String, StateView.Versioned> reads) {
        Map<String, StateView.Versioned> copy = new LinkedHashMap<>();
        synchronized (reads) {
            reads.forEach((key, value) -> copy.put(key, value == null ? new StateView.Versioned(null, -1, -1) : value));
        }
        return copy;
    }

    private static Map<String, byte[]> copy(Map<String, byte[]> writes) {
        synchronized (writes) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(writes));
        }
    }
}
