package org.openbsn.devnet.gateway;

import com.google.protobuf.Any;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;

/**
 * Failures worded and shaped as Fabric's gateway sends them (internal/pkg/gateway): a summary in the
 * status, and what the endorsing peer said in a {@code gateway.ErrorDetail} naming that peer, so a
 * client reads the chaincode's or the peer's own words from the details on devnet as on Fabric.
 */
final class EndorserFailures {

    static final String ENDORSE_FAILED = "failed to endorse transaction, see attached details for more info";
    static final String EVALUATE_FAILED = "failed to evaluate transaction, see attached details for more info";
    static final String ORDERER_FORBIDDEN = "received unsuccessful response from orderer: FORBIDDEN";
    /** How a peer's gRPC refusal of a proposal reads once the gateway received it. */
    static final String PEER_REFUSED = "rpc error: code = Unknown desc = ";

    private final String address;
    private final String mspId;

    EndorserFailures(String address, String mspId) {
        this.address = address;
        this.mspId = mspId;
    }

    /** A proposal the endorsing peer refused or failed, with {@code peerSaid} as the peer's detail. */
    StatusRuntimeException failed(Status.Code code, String summary, String peerSaid) {
        return withDetail(code, summary, peerSaid);
    }

    /** A chaincode's error response on evaluate: Fabric passes it on as UNKNOWN, not retried elsewhere. */
    StatusRuntimeException chaincodeRefusedEvaluate(String chaincodeSaid) {
        return withDetail(Status.Code.UNKNOWN, "evaluate call to endorser returned error: " + chaincodeSaid, chaincodeSaid);
    }

    /** {@code failure} with a detail naming this peer, unless it already carries Fabric's details. */
    StatusRuntimeException detailed(StatusRuntimeException failure) {
        com.google.rpc.Status carried = StatusProto.fromThrowable(failure);
        if (carried != null && carried.getDetailsCount() > 0) {
            return failure;
        }
        Status status = failure.getStatus();
        String message = status.getDescription() == null ? status.getCode().name() : status.getDescription();
        return withDetail(status.getCode(), message, message);
    }

    private StatusRuntimeException withDetail(Status.Code code, String summary, String detail) {
        return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
                .setCode(code.value())
                .setMessage(summary)
                .addDetails(Any.pack(ErrorDetail.newBuilder().setAddress(address).setMspId(mspId).setMessage(detail).build()))
                .build());
    }
}
