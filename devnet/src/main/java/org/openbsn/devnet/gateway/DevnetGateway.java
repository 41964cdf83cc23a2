package org.openbsn.devnet.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.rpc.Code;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.gateway.EvaluateRequest;
import org.hyperledger.fabric.protos.gateway.EvaluateResponse;
import org.hyperledger.fabric.protos.gateway.GatewayGrpc;
import org.hyperledger.fabric.protos.peer.Response;
import org.openbsn.devnet.chaincode.ChaincodeConnection;
import org.openbsn.devnet.chaincode.Simulation;
import org.openbsn.devnet.chaincode.StateView;
import org.openbsn.devnet.msp.Msp;

/**
 * devnet's Fabric Gateway service. Evaluate runs the chaincode against committed state and returns
 * its response without ordering anything; Endorse, Submit, CommitStatus and ChaincodeEvents come next.
 */
public class DevnetGateway extends GatewayGrpc.GatewayImplBase {

    private static final Duration CHAINCODE_PATIENCE = Duration.ofSeconds(30);

    /** Where a chaincode installed on a channel runs, and the state it reads. */
    public interface Deployments {
        Optional<Deployment> find(String channelId, String chaincodeName);
    }

    /** One chaincode on one channel. */
    public record Deployment(ChaincodeConnection chaincode, StateView state) {
    }

    private final String address;
    private final String peerMspId;
    private final Map<String, Msp> organisations;
    private final Deployments deployments;

    public DevnetGateway(String address, String peerMspId, Map<String, Msp> organisations, Deployments deployments) {
        this.address = address;
        this.peerMspId = peerMspId;
        this.organisations = Map.copyOf(organisations);
        this.deployments = deployments;
    }

    @Override
    public void evaluate(EvaluateRequest request, StreamObserver<EvaluateResponse> response) {
        try {
            ProposalCheck proposal = ProposalCheck.of(request.getProposedTransaction(), organisations);
            Deployment deployment = deployments.find(proposal.channelId(), proposal.chaincodeName())
                    .orElseThrow(() -> ProposalCheck.refusal(Status.NOT_FOUND, "chaincode " + proposal.chaincodeName()
                            + " is not deployed on channel " + proposal.channelId()));
            Simulation result = deployment.chaincode().invoke(proposal.channelId(), proposal.txId(),
                    proposal.argumentBytes(), deployment.state(), CHAINCODE_PATIENCE);
            if (!result.succeeded()) {
                throw ProposalCheck.refusal(Status.UNKNOWN, "chaincode response " + result.status() + ", " + result.message());
            }
            response.onNext(EvaluateResponse.newBuilder().setResult(Response.newBuilder()
                    .setStatus(result.status()).setMessage(result.message())
                    .setPayload(ByteString.copyFrom(result.payload()))).build());
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
                .setCode(Code.forNumber(status.getCode().value()).getNumber())
                .setMessage(message)
                .addDetails(Any.pack(ErrorDetail.newBuilder().setAddress(address).setMspId(peerMspId)
                        .setMessage(message).build()))
                .build();
        return StatusProto.toStatusRuntimeException(detailed);
    }
}
