package org.openbsn.devnet.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.gateway.ChaincodeEventsRequest;
import org.hyperledger.fabric.protos.gateway.ChaincodeEventsResponse;
import org.hyperledger.fabric.protos.gateway.CommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.CommitStatusResponse;
import org.hyperledger.fabric.protos.gateway.EndorseRequest;
import org.hyperledger.fabric.protos.gateway.EndorseResponse;
import org.hyperledger.fabric.protos.gateway.EvaluateRequest;
import org.hyperledger.fabric.protos.gateway.EvaluateResponse;
import org.hyperledger.fabric.protos.gateway.GatewayGrpc;
import org.hyperledger.fabric.protos.gateway.SignedChaincodeEventsRequest;
import org.hyperledger.fabric.protos.gateway.SignedCommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.SubmitRequest;
import org.hyperledger.fabric.protos.gateway.SubmitResponse;
import org.hyperledger.fabric.protos.orderer.SeekPosition;
import org.hyperledger.fabric.protos.peer.Response;
import org.openbsn.devnet.chaincode.Chaincode;
import org.openbsn.devnet.chaincode.ChaincodeUnavailableException;
import org.openbsn.devnet.chaincode.Simulation;
import org.openbsn.devnet.chaincode.StateView;
import org.openbsn.devnet.lifecycle.LifecycleChaincode;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.devnet.policy.ChannelPolicy;

/**
 * devnet's Fabric Gateway service, as a peer serves it to the fabric-gateway client: Evaluate
 * (including the query system chaincode qscc), Endorse (simulate and sign as the peers the
 * endorsement policy needs), Submit (to the channel's orderer), CommitStatus (waits until the
 * transaction's block is committed) and ChaincodeEvents (a chaincode's events, block by block); the
 * peer's own {@code _lifecycle} defines a channel's chaincodes.
 */
public class DevnetGateway extends GatewayGrpc.GatewayImplBase {

    private static final Duration CHAINCODE_PATIENCE = Duration.ofSeconds(30);

    private final Identity peer;
    private final Function<String, Optional<Identity>> peersByOrganisation;
    private final Network network;
    private final QuerySystemChaincode qscc;
    private final EndorserFailures failures;
    private final LifecycleChaincode lifecycle = new LifecycleChaincode();

    /** A gateway peer that endorses with its own identity only. */
    public DevnetGateway(String address, Identity peer, Network network) {
        this(address, peer, mspId -> mspId.equals(peer.mspId()) ? Optional.of(peer) : Optional.empty(), network);
    }

    /**
     * A gateway peer in a network that also hosts a peer of other organisations: endorsements are
     * collected from the peers of organisations that satisfy the chaincode's endorsement policy (or
     * of exactly those the client names).
     */
    public DevnetGateway(String address, Identity peer, Function<String, Optional<Identity>> peersByOrganisation,
                         Network network) {
        this.peer = peer;
        this.peersByOrganisation = peersByOrganisation;
        this.network = network;
        this.qscc = new QuerySystemChaincode(network);
        this.failures = new EndorserFailures(address, peer.mspId());
    }

    @Override
    public void evaluate(EvaluateRequest request, StreamObserver<EvaluateResponse> response) {
        answer(response, () -> {
            ProposalCheck proposal = ProposalCheck.parse(request.getProposedTransaction());
            Network.Channel channel = channel(proposal.channelId());
            boolean systemChaincode = QuerySystemChaincode.NAME.equals(proposal.chaincodeName());
            // a system chaincode (qscc) applies its own ACL (Readers) instead of peer/Propose (Writers)
            requireEndorsable(proposal, systemChaincode ? null : ChannelPolicy.WRITERS, channel, Status.Code.UNAVAILABLE,
                    EndorserFailures.EVALUATE_FAILED);
            if (systemChaincode) {
                Response result = qscc.evaluate(proposal);
                if (result.getStatus() >= 400) {
                    throw failures.chaincodeRefusedEvaluate("chaincode response " + result.getStatus() + ", "
                            + result.getMessage());
                }
                return EvaluateResponse.newBuilder().setResult(result).build();
            }
            Simulation result = simulate(proposal, channel, false, List.of());
            return EvaluateResponse.newBuilder().setResult(PreparedTransaction.response(result)).build();
        });
    }

    @Override
    public void endorse(EndorseRequest request, StreamObserver<EndorseResponse> response) {
        answer(response, () -> {
            ProposalCheck proposal = ProposalCheck.parse(request.getProposedTransaction());
            Network.Channel channel = channel(proposal.channelId());
            requireEndorsable(proposal, ChannelPolicy.WRITERS, channel, Status.Code.ABORTED, EndorserFailures.ENDORSE_FAILED);
            if (QuerySystemChaincode.NAME.equals(proposal.chaincodeName())) {
                throw ProposalCheck.refusal(Status.FAILED_PRECONDITION, "qscc answers queries only: evaluate it, do not submit");
            }
            if (channel.ledger().knows(proposal.txId())) {
                throw ProposalCheck.refusal(Status.ALREADY_EXISTS, "transaction " + proposal.txId() + " is already in the ledger");
            }
            Simulation result = simulate(proposal, channel, true, request.getEndorsingOrganizationsList());
            // a peer that has not joined the channel has no ledger to endorse with
            List<Identity> endorsers = EndorsementPlan.endorsers(request.getEndorsingOrganizationsList(),
                    proposal.chaincodeName(), channel.ledger(), peer.mspId(), mspId -> channel.joined().test(mspId)
                            ? peersByOrganisation.apply(mspId) : Optional.empty());
            return EndorseResponse.newBuilder().setPreparedTransaction(PreparedTransaction.of(proposal, result, endorsers)).build();
        });
    }

    @Override
    public void submit(SubmitRequest request, StreamObserver<SubmitResponse> response) {
        answer(response, () -> {
            Envelope transaction = request.getPreparedTransaction();
            if (transaction.getSignature().isEmpty()) {
                throw ProposalCheck.refusal(Status.INVALID_ARGUMENT, "the prepared transaction is not signed");
            }
            Network.Channel channel = channel(request.getChannelId());
            SignatureHeader creator;
            try {
                creator = SignatureHeader.parseFrom(Payload.parseFrom(transaction.getPayload()).getHeader().getSignatureHeader());
            } catch (InvalidProtocolBufferException malformed) {
                throw ProposalCheck.refusal(Status.INVALID_ARGUMENT, "the prepared transaction has no readable header");
            }
            // the orderer's Broadcast admits only the channel's Writers; Fabric's gateway relays its FORBIDDEN
            if (ChannelAccess.denial(ChannelPolicy.WRITERS, channel.ledger(), creator.getCreator(), transaction.getPayload(),
                    transaction.getSignature()).isPresent()) {
                throw failures.failed(Status.Code.ABORTED, EndorserFailures.ORDERER_FORBIDDEN,
                        "rpc error: code = Aborted desc = " + EndorserFailures.ORDERER_FORBIDDEN);
            }
            channel.orderer().submit(transaction);
            return SubmitResponse.getDefaultInstance();
        });
    }

    @Override
    public void commitStatus(SignedCommitStatusRequest request, StreamObserver<CommitStatusResponse> response) {
        CommitStatusRequest status;
        Network.Channel channel;
        try {
            status = CommitStatusRequest.parseFrom(request.getRequest());
            channel = channel(status.getChannelId());
            ChannelAccess.require(ChannelPolicy.READERS, channel.ledger(), status.getIdentity(), request.getRequest(),
                    request.getSignature());
        } catch (InvalidProtocolBufferException | IllegalArgumentException malformed) {
            response.onError(withDetail(Status.INVALID_ARGUMENT.withDescription(malformed.getMessage()).asRuntimeException()));
            return;
        } catch (StatusRuntimeException refused) {
            response.onError(withDetail(refused));
            return;
        }
        channel.ledger().status(status.getTransactionId()).whenComplete((committed, failure) -> {
            if (failure != null) {
                response.onError(withDetail(Status.UNAVAILABLE.withDescription(failure.getMessage()).asRuntimeException()));
                return;
            }
            response.onNext(CommitStatusResponse.newBuilder().setResult(committed.code())
                    .setBlockNumber(committed.blockNumber()).build());
            response.onCompleted();
        });
    }

    @Override
    public void chaincodeEvents(SignedChaincodeEventsRequest request, StreamObserver<ChaincodeEventsResponse> response) {
        try {
            ChaincodeEventsRequest events = ChaincodeEventsRequest.parseFrom(request.getRequest());
            Network.Channel channel = channel(events.getChannelId());
            ChannelAccess.require(ChannelPolicy.READERS, channel.ledger(), events.getIdentity(), request.getRequest(),
                    request.getSignature());
            SeekPosition start = events.getStartPosition();
            long startBlock = switch (start.getTypeCase()) {
                case SPECIFIED -> start.getSpecified().getNumber();
                case NEXT_COMMIT, TYPE_NOT_SET -> channel.ledger().height();
                default -> throw ProposalCheck.refusal(Status.INVALID_ARGUMENT,
                        "start position " + start.getTypeCase() + " is not supported; use a block number or next commit");
            };
            Thread streaming = new Thread(new ChaincodeEventStream(channel.ledger(), events.getChaincodeId(), startBlock,
                    events.getAfterTransactionId(), (ServerCallStreamObserver<ChaincodeEventsResponse>) response),
                    "chaincode-events-" + events.getChaincodeId());
            streaming.setDaemon(true);
            streaming.start();
        } catch (InvalidProtocolBufferException | IllegalArgumentException malformed) {
            response.onError(withDetail(Status.INVALID_ARGUMENT.withDescription(malformed.getMessage()).asRuntimeException()));
        } catch (StatusRuntimeException refused) {
            response.onError(withDetail(refused));
        }
    }

    private Network.Channel channel(String channelId) {
        return network.channel(channelId).orElseThrow(() ->
                ProposalCheck.refusal(Status.NOT_FOUND, "channel " + channelId + " is not served by this peer"));
    }

    /**
     * Refuses a proposal whose creator the peer does not accept, as Fabric's gateway reports its
     * endorser's refusal: {@code code} and {@code summary}, with the peer's words in the details.
     */
    private void requireEndorsable(ProposalCheck proposal, ChannelPolicy policy, Network.Channel channel,
                                   Status.Code code, String summary) {
        proposal.denial(policy, channel.ledger()).ifPresent(denied -> {
            throw failures.failed(code, summary, EndorserFailures.PEER_REFUSED + denied.endorserWording());
        });
    }

    /**
     * Runs the proposal on its chaincode. A chaincode's error response is passed on as Fabric's
     * gateway passes it on for an endorsement or an evaluation; one that cannot be reached fails
     * the endorsement (ABORTED) or leaves the evaluation to another peer (UNAVAILABLE). {@code _lifecycle} is the
     * peer's own, told which {@code organisations} the client asked to endorse.
     */
    private Simulation simulate(ProposalCheck proposal, Network.Channel channel, boolean endorsing,
                                List<String> organisations) {
        Simulation result = LifecycleChaincode.NAME.equals(proposal.chaincodeName())
                ? lifecycle.invoke(channel.ledger(), proposal.args(), proposal.creatorAsSigner(), organisations)
                : run(proposal, channel, endorsing);
        if (!result.succeeded()) {
            String said = "chaincode response " + result.status() + ", " + result.message();
            throw endorsing ? failures.failed(Status.Code.ABORTED, EndorserFailures.ENDORSE_FAILED, said)
                    : failures.chaincodeRefusedEvaluate(said);
        }
        return result;
    }

    private Simulation run(ProposalCheck proposal, Network.Channel channel, boolean endorsing) {
        Chaincode chaincode = channel.chaincodes().get(proposal.chaincodeName());
        if (chaincode == null) {
            throw ProposalCheck.refusal(Status.NOT_FOUND, "chaincode " + proposal.chaincodeName()
                    + " is not deployed on channel " + proposal.channelId());
        }
        StateView state = channel.ledger().view(proposal.chaincodeName());
        Simulation result;
        try {
            result = chaincode.invoke(proposal.channelId(), proposal.txId(), proposal.argumentBytes(), state,
                    CHAINCODE_PATIENCE);
        } catch (ChaincodeUnavailableException unavailable) {
            throw ProposalCheck.refusal(endorsing ? Status.ABORTED : Status.UNAVAILABLE, unavailable.getMessage());
        }
        return result;
    }

    private <T> void answer(StreamObserver<T> response, java.util.function.Supplier<T> work) {
        try {
            response.onNext(work.get());
            response.onCompleted();
        } catch (StatusRuntimeException refused) {
            response.onError(withDetail(refused));
        } catch (RuntimeException failed) {
            response.onError(withDetail(Status.UNAVAILABLE.withDescription(failed.getMessage()).asRuntimeException()));
        }
    }

    /** Fabric wraps failures with an ErrorDetail naming the peer, its organisation and the message. */
    private StatusRuntimeException withDetail(StatusRuntimeException failure) {
        return failures.detailed(failure);
    }
}
