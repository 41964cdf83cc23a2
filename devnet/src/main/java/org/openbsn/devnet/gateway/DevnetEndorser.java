package org.openbsn.devnet.gateway;

import java.security.cert.X509Certificate;
import java.util.Optional;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import org.hyperledger.fabric.protos.peer.EndorserGrpc;
import org.hyperledger.fabric.protos.peer.ProposalResponse;
import org.hyperledger.fabric.protos.peer.Response;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.openbsn.fabric.msp.Msp;
import org.openbsn.fabric.msp.Pem;

/**
 * devnet's Endorser service as a peer's administrators reach it (Fabric's {@code peer} CLI, OpenBSN's
 * {@code PeerAdmin}): a proposal to a peer's own system chaincode {@code cscc}, answered by devnet's peer of the
 * creator's organisation after that peer's local MSP verified the creator and its signature. Chaincode proposals go
 * through the Gateway service.
 */
public class DevnetEndorser extends EndorserGrpc.EndorserImplBase {

    private final String address;
    private final PeerAdministration peers;
    private final ConfigurationSystemChaincode cscc;

    public DevnetEndorser(String address, PeerAdministration peers) {
        this.address = address;
        this.peers = peers;
        this.cscc = new ConfigurationSystemChaincode(peers);
    }

    @Override
    public void processProposal(SignedProposal signed, StreamObserver<ProposalResponse> response) {
        try {
            ProposalCheck proposal = ProposalCheck.parse(signed);
            String mspId = proposal.creator().getMspid();
            String channel = proposal.channelId();
            Optional<Msp> local = peers.localMsp(mspId);
            if (local.isEmpty()) {
                throw refusal("access denied: channel [" + channel + "] creator org unknown, creator is malformed ("
                        + address + " hosts no peer of " + mspId + ")");
            }
            X509Certificate certificate;
            try {
                certificate = Pem.certificate(proposal.creator().getIdBytes().toByteArray());
            } catch (IllegalArgumentException malformed) {
                throw refusal("access denied: channel [" + channel + "] creator org unknown, creator is malformed");
            }
            Optional<String> problem = local.get().problemWithSignature(certificate, signed.getProposalBytes().toByteArray(),
                    signed.getSignature().toByteArray());
            if (problem.isPresent()) {
                throw refusal("access denied: channel [" + channel + "] creator org [" + mspId + "]: " + problem.get());
            }
            Response result = ConfigurationSystemChaincode.NAME.equals(proposal.chaincodeName())
                    ? cscc.invoke(proposal.args(), mspId, Msp.roleOf(certificate).orElseThrow())
                    : Response.newBuilder().setStatus(500).setMessage("devnet's peers answer proposals to cscc here; "
                            + proposal.chaincodeName() + " is reached through the Gateway service").build();
            response.onNext(ProposalResponse.newBuilder().setVersion(1).setResponse(result).build());
            response.onCompleted();
        } catch (StatusRuntimeException refused) {
            response.onError(refused);
        }
    }

    /** Fabric answers a proposal its local MSP cannot verify with an error, not a proposal response. */
    private static StatusRuntimeException refusal(String message) {
        return Status.UNKNOWN.withDescription(message).asRuntimeException();
    }
}
