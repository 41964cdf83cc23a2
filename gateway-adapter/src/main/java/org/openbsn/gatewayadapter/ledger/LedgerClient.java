package org.openbsn.gatewayadapter.ledger;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.hyperledger.fabric.client.CommitException;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * Submits and evaluates chaincode functions through fabric-gateway: one gRPC channel per peer
 * endpoint (TLS), one Gateway per identity, a deadline on every step, and failures mapped to
 * {@link LedgerException}s.
 */
public final class LedgerClient implements AutoCloseable {

    private final Map<LedgerEndpoint, ManagedChannel> channels = new ConcurrentHashMap<>();
    private final Map<String, Gateway> gateways = new ConcurrentHashMap<>();
    private final LedgerEndpoint endpoint;
    private final Duration deadline;

    public LedgerClient(LedgerEndpoint endpoint, Duration deadline) {
        this.endpoint = endpoint;
        this.deadline = deadline;
    }

    /** Submits a transaction and waits until it is committed; returns the chaincode's answer. */
    public byte[] submit(LedgerIdentity identity, String channel, String chaincode, String function, String... args) {
        try {
            return gateway(identity).getNetwork(channel).getContract(chaincode).submitTransaction(function, args);
        } catch (CommitException notValid) {
            throw new LedgerException(reasonFor(notValid.getCode()), "transaction " + notValid.getTransactionId()
                    + " was not committed: " + notValid.getCode());
        } catch (EndorseException | SubmitException | CommitStatusException failed) {
            throw map(failed);
        }
    }

    /** Evaluates a query against committed state; nothing is ordered or committed. */
    public byte[] evaluate(LedgerIdentity identity, String channel, String chaincode, String function, String... args) {
        try {
            return gateway(identity).getNetwork(channel).getContract(chaincode).evaluateTransaction(function, args);
        } catch (GatewayException failed) {
            throw map(failed);
        }
    }

    private Gateway gateway(LedgerIdentity identity) {
        String key = identity.mspId() + "\u0000" + identity.certificate().getSerialNumber();
        return gateways.computeIfAbsent(key, k -> {
            try {
                return Gateway.newInstance()
                        .identity(new X509Identity(identity.mspId(), identity.certificate()))
                        .signer(Signers.newPrivateKeySigner(identity.privateKey()))
                        .connection(channel(endpoint))
                        .evaluateOptions(options -> options.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS))
                        .endorseOptions(options -> options.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS))
                        .submitOptions(options -> options.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS))
                        .commitStatusOptions(options -> options.withDeadlineAfter(deadline.toMillis() * 6, TimeUnit.MILLISECONDS))
                        .connect();
            } catch (RuntimeException e) {
                throw new LedgerException(LedgerException.Reason.UNAVAILABLE, "cannot prepare the connection: " + e.getMessage());
            }
        });
    }

    private ManagedChannel channel(LedgerEndpoint peer) {
        return channels.computeIfAbsent(peer, p -> {
            try {
                return NettyChannelBuilder.forAddress(p.host(), p.port())
                        .sslContext(GrpcSslContexts.forClient().trustManager(
                                new ByteArrayInputStream(p.tlsCaPem().getBytes(StandardCharsets.US_ASCII))).build())
                        .build();
            } catch (javax.net.ssl.SSLException e) {
                throw new LedgerException(LedgerException.Reason.UNAVAILABLE, "the peer's TLS CA cannot be used: " + e.getMessage());
            }
        });
    }

    private static LedgerException map(GatewayException failure) {
        Status.Code code = failure.getStatus().getCode();
        String message = failure.getStatus().getDescription() == null ? code.name() : failure.getStatus().getDescription();
        int chaincode = message.indexOf("chaincode response ");
        if (chaincode >= 0) {
            String said = message.substring(chaincode);
            int comma = said.indexOf(", ");
            return new LedgerException(LedgerException.Reason.CHAINCODE_REFUSED, comma >= 0 ? said.substring(comma + 2) : said);
        }
        return switch (code) {
            case PERMISSION_DENIED -> new LedgerException(LedgerException.Reason.DENIED, message);
            case UNAVAILABLE, DEADLINE_EXCEEDED -> new LedgerException(LedgerException.Reason.UNAVAILABLE, message);
            default -> new LedgerException(failure instanceof EndorseException
                    ? LedgerException.Reason.ENDORSEMENT_FAILED : LedgerException.Reason.UNAVAILABLE, message);
        };
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
