package org.openbsn.devnet.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.gateway.ChaincodeEventsRequest;
import org.hyperledger.fabric.protos.gateway.ChaincodeEventsResponse;
import org.hyperledger.fabric.protos.gateway.CommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.CommitStatusResponse;
import org.hyperledger.fabric.protos.gateway.EndorseRequest;
import org.hyperledger.fabric.protos.gateway.EndorseResponse;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.gateway.EvaluateRequest;
import org.hyperledger.fabric.protos.gateway.EvaluateResponse;
import org.hyperledger.fabric.protos.gateway.GatewayGrpc;
import org.hyperledger.fabric.protos.gateway.SignedChaincodeEventsRequest;
import org.hyperledger.fabric.protos.gateway.SignedCommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.SubmitRequest;
import org.hyperledger.fabric.protos.gateway.SubmitResponse;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRead;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.Version;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.orderer.SeekPosition;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Response;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.openbsn.devnet.ledger.TransactionIds;
import org.openbsn.devnet.chaincode.ChaincodeConnection;
import org.openbsn.devnet.chaincode.Simulation;
import org.openbsn.devnet.chaincode.StateView;
import org.openbsn.devnet.msp.Identity;
import org.openbsn.devnet.msp.Msp;
import org.openbsn.devnet.msp.Pem;

/**
 * devnet's Fabric Gateway service, as a peer serves it to the fabric-gateway client: Evaluate,
 * Endorse (simulate and sign as this peer), Submit (to the channel's orderer) and CommitStatus
 * (waits until the transaction's block is committed) and ChaincodeEvents (a chaincode's events, block by block).
 */
public class DevnetGateway extends GatewayGrpc.GatewayImplBase {

    private static final Duration CHAINCODE_PATIENCE = Duration.ofSeconds(30);

    private final String address;
    private final Identity peer;
    private final Function<String, Optional<Identity>> peersByOrganisation;
    private final Network network;

    /** A gateway peer that endorses with its own identity only. */
    public DevnetGateway(String address, Identity peer, Network network) {
        this(address, peer, mspId -> mspId.equals(peer.mspId()) ? Optional.of(peer) : Optional.empty(), network);
    }

    /**
     * A gateway peer in a network that also hosts a peer of other organisations: endorsements are
     * collected from the peer of every member organisation of the channel (or of those the client names).
     */
    public DevnetGateway(String address, Identity peer, Function<String, Optional<Identity>> peersByOrganisation,
                         Network network) {
        this.address = address;
        this.peer = peer;
        this.peersByOrganisation = peersByOrganisation;
        this.network = network;
    }

    @Override
    public void evaluate(EvaluateRequest request, StreamObserver<EvaluateResponse> response) {
        answer(response, () -> {
            ProposalCheck proposal = ProposalCheck.parse(request.getProposedTransaction());
            Network.Channel channel = channel(proposal.channelId());
            proposal.signedByMemberOf(channel.ledger().members());
            Simulation result = simulate(proposal, channel, Status.UNKNOWN);
            return EvaluateResponse.newBuilder().setResult(response(result)).build();
        });
    }

    @Override
    public void endorse(EndorseRequest request, StreamObserver<EndorseResponse> response) {
        answer(response, () -> {
            ProposalCheck proposal = ProposalCheck.parse(request.getProposedTransaction());
            Network.Channel channel = channel(proposal.channelId());
            proposal.signedByMemberOf(channel.ledger().members());
            if (channel.ledger().knows(proposal.txId())) {
                throw ProposalCheck.refusal(Status.ALREADY_EXISTS, "transaction " + proposal.txId() + " is already in the ledger");
            }
            Simulation result = simulate(proposal, channel, Status.ABORTED);
            List<String> organisations = request.getEndorsingOrganizationsList().isEmpty()
                    ? List.copyOf(channel.ledger().members().keySet())
                    : request.getEndorsingOrganizationsList();
            List<Identity> endorsers = organisations.stream().map(peersByOrganisation).flatMap(Optional::stream).toList();
            if (endorsers.isEmpty()) {
                throw ProposalCheck.refusal(Status.UNAVAILABLE, "no peer of " + organisations + " can endorse");
            }
            return EndorseResponse.newBuilder().setPreparedTransaction(prepare(proposal, result, endorsers)).build();
        });
    }

    @Override
    public void submit(SubmitRequest request, StreamObserver<SubmitResponse> response) {
        answer(response, () -> {
            Envelope transaction = request.getPreparedTransaction();
            if (transaction.getSignature().isEmpty()) {
                throw ProposalCheck.refusal(Status.INVALID_ARGUMENT, "the prepared transaction is not signed");
            }
            channel(request.getChannelId()).orderer().submit(transaction);
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
            requireSignedByMember(channel, status.getIdentity(), request.getRequest(), request.getSignature());
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
            requireSignedByMember(channel, events.getIdentity(), request.getRequest(), request.getSignature());
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

    private static void requireSignedByMember(Network.Channel channel, ByteString identityBytes, ByteString request,
                                              ByteString signature) throws InvalidProtocolBufferException {
        SerializedIdentity identity = SerializedIdentity.parseFrom(identityBytes);
        Msp msp = channel.ledger().members().get(identity.getMspid());
        if (msp == null || msp.problemWithSignature(Pem.certificate(identity.getIdBytes().toByteArray()),
                request.toByteArray(), signature.toByteArray()).isPresent()) {
            throw ProposalCheck.refusal(Status.PERMISSION_DENIED, "request not signed by a member of the channel");
        }
    }

    private Network.Channel channel(String channelId) {
        return network.channel(channelId).orElseThrow(() ->
                ProposalCheck.refusal(Status.NOT_FOUND, "channel " + channelId + " is not served by this peer"));
    }

    private Simulation simulate(ProposalCheck proposal, Network.Channel channel, Status onChaincodeFailure) {
        ChaincodeConnection chaincode = channel.chaincodes().get(proposal.chaincodeName());
        if (chaincode == null) {
            throw ProposalCheck.refusal(Status.NOT_FOUND, "chaincode " + proposal.chaincodeName()
                    + " is not deployed on channel " + proposal.channelId());
        }
        StateView state = channel.ledger().view(proposal.chaincodeName());
        Simulation result = chaincode.invoke(proposal.channelId(), proposal.txId(), proposal.argumentBytes(), state,
                CHAINCODE_PATIENCE);
        if (!result.succeeded()) {
            throw ProposalCheck.refusal(onChaincodeFailure, "chaincode response " + result.status() + ", " + result.message());
        }
        return result;
    }

    /** The transaction the client signs and submits, endorsed by this peer (FABRIC-NOTES.md, "Endorse response"). */
    private Envelope prepare(ProposalCheck proposal, Simulation result, List<Identity> endorsers) {
        KVRWSet.Builder rwset = KVRWSet.newBuilder();
        result.reads().forEach((key, version) -> {
            KVRead.Builder read = KVRead.newBuilder().setKey(key);
            if (version.value() != null) {
                read.setVersion(Version.newBuilder().setBlockNum(version.blockNumber()).setTxNum(version.txNumber()));
            }
            rwset.addReads(read);
        });
        result.writes().forEach((key, value) -> rwset.addWrites(value == null
                ? KVWrite.newBuilder().setKey(key).setIsDelete(true)
                : KVWrite.newBuilder().setKey(key).setValue(ByteString.copyFrom(value))));
        ChaincodeAction.Builder action = ChaincodeAction.newBuilder()
                .setResults(TxReadWriteSet.newBuilder().setDataModel(TxReadWriteSet.DataModel.KV)
                        .addNsRwset(NsReadWriteSet.newBuilder().setNamespace(proposal.chaincodeName())
                                .setRwset(rwset.build().toByteString())).build().toByteString())
                .setResponse(response(result))
                .setChaincodeId(ChaincodeID.newBuilder().setName(proposal.chaincodeName()));
        if (result.event() != null) {
            action.setEvents(result.event().toBuilder().setChaincodeId(proposal.chaincodeName())
                    .setTxId(proposal.txId()).build().toByteString());
        }
        ByteString responsePayload = ProposalResponsePayload.newBuilder()
                .setProposalHash(ByteString.copyFrom(TransactionIds.proposalHash(proposal.channelHeader(),
                        proposal.signatureHeader(), proposal.proposalPayload())))
                .setExtension(action.build().toByteString())
                .build().toByteString();
        ChaincodeEndorsedAction.Builder endorsed = ChaincodeEndorsedAction.newBuilder()
                .setProposalResponsePayload(responsePayload);
        for (Identity endorsingPeer : endorsers) {
            ByteString endorser = SerializedIdentity.newBuilder().setMspid(endorsingPeer.mspId())
                    .setIdBytes(ByteString.copyFromUtf8(endorsingPeer.certificatePem())).build().toByteString();
            endorsed.addEndorsements(Endorsement.newBuilder().setEndorser(endorser).setSignature(
                    ByteString.copyFrom(endorsingPeer.sign(responsePayload.concat(endorser).toByteArray()))));
        }
        ChaincodeProposalPayload inputOnly;
        try {
            inputOnly = ChaincodeProposalPayload.newBuilder()
                    .setInput(ChaincodeProposalPayload.parseFrom(proposal.proposalPayload()).getInput()).build();
        } catch (InvalidProtocolBufferException e) {
            throw ProposalCheck.refusal(Status.INVALID_ARGUMENT, "malformed chaincode proposal payload");
        }
        ChaincodeActionPayload actionPayload = ChaincodeActionPayload.newBuilder()
                .setChaincodeProposalPayload(inputOnly.toByteString())
                .setAction(endorsed)
                .build();
        Transaction transaction = Transaction.newBuilder().addActions(TransactionAction.newBuilder()
                .setHeader(proposal.signatureHeader()).setPayload(actionPayload.toByteString())).build();
        Payload payload = Payload.newBuilder()
                .setHeader(Header.newBuilder().setChannelHeader(proposal.channelHeader())
                        .setSignatureHeader(proposal.signatureHeader()))
                .setData(transaction.toByteString())
                .build();
        return Envelope.newBuilder().setPayload(payload.toByteString()).build();
    }

    private static Response response(Simulation result) {
        return Response.newBuilder().setStatus(result.status()).setMessage(result.message())
                .setPayload(ByteString.copyFrom(result.payload())).build();
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
        Status status = failure.getStatus();
        String message = status.getDescription() == null ? status.getCode().name() : status.getDescription();
        com.google.rpc.Status detailed = com.google.rpc.Status.newBuilder()
                .setCode(status.getCode().value())
                .setMessage(message)
                .addDetails(Any.pack(ErrorDetail.newBuilder().setAddress(address).setMspId(peer.mspId())
                        .setMessage(message).build()))
                .build();
        return StatusProto.toStatusRuntimeException(detailed);
    }
}
