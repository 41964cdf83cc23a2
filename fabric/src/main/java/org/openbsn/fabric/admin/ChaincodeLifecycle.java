package org.openbsn.fabric.admin;

import java.util.Map;
import java.util.Optional;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.peer.ApplicationPolicy;
import org.hyperledger.fabric.protos.peer.lifecycle.ApproveChaincodeDefinitionForMyOrgArgs;
import org.hyperledger.fabric.protos.peer.lifecycle.ChaincodeSource;
import org.hyperledger.fabric.protos.peer.lifecycle.CheckCommitReadinessArgs;
import org.hyperledger.fabric.protos.peer.lifecycle.CheckCommitReadinessResult;
import org.hyperledger.fabric.protos.peer.lifecycle.CommitChaincodeDefinitionArgs;
import org.hyperledger.fabric.protos.peer.lifecycle.QueryChaincodeDefinitionArgs;
import org.hyperledger.fabric.protos.peer.lifecycle.QueryChaincodeDefinitionResult;

/**
 * A channel's {@code _lifecycle} through the Fabric Gateway, as {@code peer lifecycle chaincode} drives it: each
 * organisation approves a definition through its own peer, signed by its admin; once enough have approved, one
 * commits it, endorsed by the channel's endorsing organisations.
 */
public final class ChaincodeLifecycle {

    private static final String LIFECYCLE = "_lifecycle";
    /** The chaincode's transactions are valid when they satisfy the channel's own Endorsement policy. */
    private static final ByteString CHANNEL_ENDORSEMENT = ApplicationPolicy.newBuilder()
            .setChannelConfigPolicyReference("/Channel/Application/Endorsement").build().toByteString();

    private ChaincodeLifecycle() {
    }

    /** The committed definition's sequence of chaincode {@code name}, or empty when none is committed. */
    public static Optional<Long> committedSequence(Gateway gateway, String channelId, String name) {
        try {
            byte[] result = contract(gateway, channelId).newProposal("QueryChaincodeDefinition")
                    .addArguments(QueryChaincodeDefinitionArgs.newBuilder().setName(name).build().toByteArray())
                    .build().evaluate();
            return Optional.of(QueryChaincodeDefinitionResult.parseFrom(result).getSequence());
        } catch (GatewayException e) {
            if (words(e).contains("not found") || words(e).contains("not defined")) {
                return Optional.empty();
            }
            throw refusal("read the definition of " + name + " on " + channelId, e);
        } catch (InvalidProtocolBufferException e) {
            throw new AdminRefusal("_lifecycle answered QueryChaincodeDefinition with no definition", e);
        }
    }

    /** Approves the definition for the gateway identity's organisation {@code mspId}, endorsed by its own peers. */
    public static void approve(Gateway gateway, String mspId, String channelId, ChaincodeDefinition definition) {
        ApproveChaincodeDefinitionForMyOrgArgs args = ApproveChaincodeDefinitionForMyOrgArgs.newBuilder()
                .setName(definition.name()).setVersion(definition.version()).setSequence(definition.sequence())
                .setEndorsementPlugin("escc").setValidationPlugin("vscc").setValidationParameter(CHANNEL_ENDORSEMENT)
                .setSource(ChaincodeSource.newBuilder().setLocalPackage(ChaincodeSource.Local.newBuilder()
                        .setPackageId(definition.packageId())))
                .build();
        try {
            contract(gateway, channelId).newProposal("ApproveChaincodeDefinitionForMyOrg")
                    .addArguments(args.toByteArray()).setEndorsingOrganizations(mspId).build().endorse().submit();
        } catch (GatewayException | org.hyperledger.fabric.client.CommitException e) {
            throw refusal("approve " + definition + " for " + mspId + " on " + channelId, e);
        }
    }

    /** Which organisations have approved the definition, as the channel's peers see it. */
    public static Map<String, Boolean> approvals(Gateway gateway, String channelId, ChaincodeDefinition definition) {
        CheckCommitReadinessArgs args = CheckCommitReadinessArgs.newBuilder().setName(definition.name())
                .setVersion(definition.version()).setSequence(definition.sequence()).setEndorsementPlugin("escc")
                .setValidationPlugin("vscc").setValidationParameter(CHANNEL_ENDORSEMENT).build();
        try {
            byte[] result = contract(gateway, channelId).newProposal("CheckCommitReadiness")
                    .addArguments(args.toByteArray()).build().evaluate();
            return CheckCommitReadinessResult.parseFrom(result).getApprovalsMap();
        } catch (GatewayException e) {
            throw refusal("check the approvals of " + definition + " on " + channelId, e);
        } catch (InvalidProtocolBufferException e) {
            throw new AdminRefusal("_lifecycle answered CheckCommitReadiness with no approvals", e);
        }
    }

    /** Commits the approved definition, endorsed by the peers of {@code endorsingMspIds}. */
    public static void commit(Gateway gateway, String channelId, ChaincodeDefinition definition, String... endorsingMspIds) {
        CommitChaincodeDefinitionArgs args = CommitChaincodeDefinitionArgs.newBuilder().setName(definition.name())
                .setVersion(definition.version()).setSequence(definition.sequence()).setEndorsementPlugin("escc")
                .setValidationPlugin("vscc").setValidationParameter(CHANNEL_ENDORSEMENT).build();
        try {
            contract(gateway, channelId).newProposal("CommitChaincodeDefinition").addArguments(args.toByteArray())
                    .setEndorsingOrganizations(endorsingMspIds).build().endorse().submit();
        } catch (GatewayException | org.hyperledger.fabric.client.CommitException e) {
            throw refusal("commit " + definition + " on " + channelId, e);
        }
    }

    private static Contract contract(Gateway gateway, String channelId) {
        return gateway.getNetwork(channelId).getContract(LIFECYCLE);
    }

    private static AdminRefusal refusal(String what, Exception e) {
        String words = e instanceof GatewayException refused ? words(refused) : e.getMessage();
        return new AdminRefusal("Fabric refused to " + what + ": " + words, e);
    }

    /** The gateway's own message and what each peer said in the error's details, where Fabric puts the reason. */
    public static String words(GatewayException e) {
        StringBuilder words = new StringBuilder(e.getStatus().getDescription() == null ? "" : e.getStatus().getDescription());
        for (ErrorDetail detail : e.getDetails()) {
            words.append("; ").append(detail.getMspId()).append(" at ").append(detail.getAddress()).append(": ")
                    .append(detail.getMessage());
        }
        return words.toString();
    }
}
