package org.openbsn.devnet.gateway;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import org.hyperledger.fabric.protos.peer.EndorserGrpc;
import org.hyperledger.fabric.protos.peer.ProposalResponse;
import org.hyperledger.fabric.protos.peer.Response;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.protos.peer.lifecycle.InstallChaincodeArgs;
import org.hyperledger.fabric.protos.peer.lifecycle.InstallChaincodeResult;
import org.openbsn.devnet.lifecycle.InstalledPackages;
import org.openbsn.devnet.lifecycle.LifecycleChaincode;
import org.openbsn.fabric.msp.Msp;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.Pem;

/**
 * devnet's Endorser service as a peer's administrators reach it (Fabric's {@code peer} CLI, OpenBSN's
 * {@code PeerAdmin}): a proposal to a peer's own system chaincode {@code cscc}, answered by devnet's peer of the
 * creator's organisation after that peer's local MSP verified the creator and its signature, and {@code _lifecycle
 * InstallChaincode} of a ccaas package by the organisation's admins. Chaincode proposals go through the Gateway service.
 */
public class DevnetEndorser extends EndorserGrpc.EndorserImplBase {

    private final String address;
    private final PeerAdministration peers;
    private final ConfigurationSystemChaincode cscc;
    private final Optional<InstalledPackages> packages;

    /** Peers that answer cscc only. */
    public DevnetEndorser(String address, PeerAdministration peers) {
        this(address, peers, null);
    }

    /** Peers that answer cscc, and {@code _lifecycle InstallChaincode} into {@code packages}. */
    public DevnetEndorser(String address, PeerAdministration peers, InstalledPackages packages) {
        this.address = address;
        this.peers = peers;
        this.cscc = new ConfigurationSystemChaincode(peers);
        this.packages = Optional.ofNullable(packages);
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
            NodeOu role = Msp.roleOf(certificate).orElseThrow();
            Response result = switch (proposal.chaincodeName()) {
                case ConfigurationSystemChaincode.NAME -> cscc.invoke(proposal.args(), mspId, role);
                case LifecycleChaincode.NAME -> install(proposal.args(), mspId, role);
                default -> error("devnet's peers answer proposals to cscc and _lifecycle here; "
                        + proposal.chaincodeName() + " is reached through the Gateway service");
            };
            response.onNext(ProposalResponse.newBuilder().setVersion(1).setResponse(result).build());
            response.onCompleted();
        } catch (StatusRuntimeException refused) {
            response.onError(refused);
        }
    }

    /** {@code _lifecycle InstallChaincode}: an admin of the peer's organisation installs a ccaas package on it. */
    private Response install(List<ByteString> args, String mspId, NodeOu role) {
        if (args.size() != 2 || !args.get(0).toStringUtf8().equals("InstallChaincode") || packages.isEmpty()) {
            return error("devnet's peers install chaincode packages here (InstallChaincode); _lifecycle's channel"
                    + " functions are reached through the Gateway service");
        }
        if (role != NodeOu.ADMIN) {
            return error("Failed to authorize invocation due to failed ACL check: Failed verifying that proposal's creator"
                    + " satisfies local MSP principal during channelless check policy with policy [Admins]: [The identity"
                    + " is not an admin under this MSP [" + mspId + "]: The identity does not contain OU [ADMIN], MSP: ["
                    + mspId + "]]");
        }
        try {
            byte[] packageFile = InstallChaincodeArgs.parseFrom(args.get(1)).getChaincodeInstallPackage().toByteArray();
            InstalledPackages.Installed installed = packages.get().install(mspId, packageFile);
            return Response.newBuilder().setStatus(200).setPayload(InstallChaincodeResult.newBuilder()
                    .setPackageId(installed.packageId()).setLabel(installed.label()).build().toByteString()).build();
        } catch (InvalidProtocolBufferException malformed) {
            return error("failed to decode input arg to 'InstallChaincode': " + malformed.getMessage());
        } catch (IllegalArgumentException | IllegalStateException refused) {
            return error("failed to invoke backing implementation of 'InstallChaincode': " + refused.getMessage());
        }
    }

    private static Response error(String message) {
        return Response.newBuilder().setStatus(500).setMessage(message).build();
    }

    /** Fabric answers a proposal its local MSP cannot verify with an error, not a proposal response. */
    private static StatusRuntimeException refusal(String message) {
        return Status.UNKNOWN.withDescription(message).asRuntimeException();
    }
}
