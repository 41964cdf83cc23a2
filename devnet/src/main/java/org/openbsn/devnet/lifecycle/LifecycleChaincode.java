package org.openbsn.devnet.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.peer.lifecycle.ApproveChaincodeDefinitionForMyOrgArgs;
import org.hyperledger.fabric.protos.peer.lifecycle.CheckCommitReadinessArgs;
import org.hyperledger.fabric.protos.peer.lifecycle.CheckCommitReadinessResult;
import org.hyperledger.fabric.protos.peer.lifecycle.CommitChaincodeDefinitionArgs;
import org.hyperledger.fabric.protos.peer.lifecycle.CommitChaincodeDefinitionResult;
import org.hyperledger.fabric.protos.peer.lifecycle.QueryChaincodeDefinitionArgs;
import org.hyperledger.fabric.protos.peer.lifecycle.QueryChaincodeDefinitionResult;
import org.openbsn.devnet.chaincode.Simulation;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.devnet.policy.Endorser;
import org.openbsn.fabric.msp.NodeOu;

/**
 * The channel functions of Fabric's {@code _lifecycle} system chaincode, with its arguments, results and words:
 * ApproveChaincodeDefinitionForMyOrg (by an admin of the approving organisation, endorsed by its own peer),
 * CheckCommitReadiness, QueryChaincodeDefinition, and CommitChaincodeDefinition (the next sequence only, once enough
 * organisations approved it for the channel's LifecycleEndorsement policy).
 */
public final class LifecycleChaincode {

    public static final String NAME = LifecycleState.NAMESPACE;
    /** Fabric's rule for chaincode names. */
    private static final Pattern CHAINCODE_NAME = Pattern.compile("[a-zA-Z0-9]+([-_][a-zA-Z0-9]+)*");

    /**
     * Simulates {@code args} (the function, then its serialized arguments) for {@code creator}, whose signature and
     * channel membership were checked; {@code endorsing} are the organisations the client asked to endorse.
     */
    public Simulation invoke(ChannelLedger ledger, List<ByteString> args, Endorser creator, List<String> endorsing) {
        if (args.size() != 2) {
            return failure(500, "lifecycle scc must be invoked with two arguments, a function and its arguments, not "
                    + args.size());
        }
        String function = args.get(0).toStringUtf8();
        LifecycleState state = new LifecycleState(ledger);
        try {
            ByteString input = args.get(1);
            return switch (function) {
                case "ApproveChaincodeDefinitionForMyOrg" -> approve(state, ApproveChaincodeDefinitionForMyOrgArgs.parseFrom(input),
                        creator, endorsing.size() == 1 ? endorsing.get(0) : creator.mspId());
                case "CheckCommitReadiness" -> readiness(state, CheckCommitReadinessArgs.parseFrom(input));
                case "QueryChaincodeDefinition" -> query(state, QueryChaincodeDefinitionArgs.parseFrom(input).getName());
                case "CommitChaincodeDefinition" -> commit(state, CommitChaincodeDefinitionArgs.parseFrom(input), endorsing);
                default -> failure(500, "failed to invoke backing implementation of '" + function
                        + "': devnet's _lifecycle on a channel serves ApproveChaincodeDefinitionForMyOrg,"
                        + " CheckCommitReadiness, QueryChaincodeDefinition and CommitChaincodeDefinition");
            };
        } catch (InvalidProtocolBufferException malformed) {
            return failure(500, "failed to decode input arg to '" + function + "': " + malformed.getMessage());
        } catch (Refused refused) {
            // Fabric answers an undefined namespace with 404 and its bare words, anything else as a failed invocation
            return refused.status == 404 ? failure(404, refused.getMessage()) : failure(500,
                    "failed to invoke backing implementation of '" + function + "': " + refused.getMessage());
        }
    }

    private Simulation approve(LifecycleState state, ApproveChaincodeDefinitionForMyOrgArgs args, Endorser creator,
                               String myOrg) {
        if (!creator.mspId().equals(myOrg) || creator.role() != NodeOu.ADMIN) {
            return failure(500, "Failed to authorize invocation due to failed ACL check: Failed verifying that proposal's"
                    + " creator satisfies local MSP principal during channelless check policy with policy [Admins]: [The"
                    + " identity is not an admin under this MSP [" + myOrg + "]]");
        }
        String name = checkedName(args.getName());
        CommitChaincodeDefinitionArgs definition = LifecycleState.asDefinition(args);
        long committed = state.definition(name).map(current -> {
            if (current.getSequence() == args.getSequence() && !LifecycleState.canonical(current).equals(definition)) {
                throw new Refused(500, "attempted to redefine the current committed sequence (" + current.getSequence()
                        + ") for namespace " + name + " with different parameters");
            }
            return current.getSequence();
        }).orElse(0L);
        if (committed > args.getSequence()) {
            throw new Refused(500, "currently defined sequence " + committed + " is larger than requested sequence "
                    + args.getSequence());
        }
        if (args.getSequence() > committed + 1) {
            throw new Refused(500, "requested sequence " + args.getSequence() + " is larger than the next available sequence"
                    + " number " + (committed + 1));
        }
        if (state.approval(name, myOrg).filter(args::equals).isPresent() && args.getSequence() > committed) {
            throw new Refused(500, "attempted to redefine uncommitted sequence (" + args.getSequence() + ") for namespace "
                    + name + " with unchanged content");
        }
        return success(ByteString.EMPTY, state, Map.of(LifecycleState.approvalKey(name, myOrg), args.toByteArray()));
    }

    private Simulation readiness(LifecycleState state, CheckCommitReadinessArgs args) {
        CommitChaincodeDefinitionArgs wanted = CommitChaincodeDefinitionArgs.newBuilder().setSequence(args.getSequence())
                .setName(checkedName(args.getName())).setVersion(args.getVersion())
                .setEndorsementPlugin(args.getEndorsementPlugin()).setValidationPlugin(args.getValidationPlugin())
                .setValidationParameter(args.getValidationParameter()).setCollections(args.getCollections())
                .setInitRequired(args.getInitRequired()).build();
        nextSequence(state, wanted);
        return success(CheckCommitReadinessResult.newBuilder().putAllApprovals(state.approvals(wanted)).build().toByteString(),
                state, Map.of());
    }

    private Simulation query(LifecycleState state, String name) {
        Optional<CommitChaincodeDefinitionArgs> definition = state.definition(checkedName(name));
        if (definition.isEmpty()) {
            throw new Refused(404, "namespace " + name + " is not defined");
        }
        CommitChaincodeDefinitionArgs found = definition.get();
        return success(QueryChaincodeDefinitionResult.newBuilder().setSequence(found.getSequence())
                .setVersion(found.getVersion()).setEndorsementPlugin(found.getEndorsementPlugin())
                .setValidationPlugin(found.getValidationPlugin()).setValidationParameter(found.getValidationParameter())
                .setCollections(found.getCollections()).setInitRequired(found.getInitRequired())
                .putAllApprovals(state.approvals(found)).build().toByteString(), state, Map.of());
    }

    private Simulation commit(LifecycleState state, CommitChaincodeDefinitionArgs args, List<String> endorsing) {
        String name = checkedName(args.getName());
        nextSequence(state, args);
        Map<String, Boolean> approvals = state.approvals(args);
        String readiness = approvals.entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
        if (!state.enoughApprovals(approvals)) {
            throw new Refused(500, "chaincode definition for '" + name + "' at sequence " + args.getSequence()
                    + " is not agreed to by enough organisations for the channel's LifecycleEndorsement policy ("
                    + state.channelPolicy("LifecycleEndorsement") + "); approvals: " + readiness);
        }
        for (String mspId : endorsing) {
            if (!approvals.getOrDefault(mspId, false)) {
                throw new Refused(500, "chaincode definition not agreed to by this org (" + mspId + "); approvals: "
                        + readiness);
            }
        }
        return success(CommitChaincodeDefinitionResult.getDefaultInstance().toByteString(), state,
                Map.of(LifecycleState.definitionKey(name), args.toByteArray()));
    }

    /** Refuses a definition whose sequence is not the one after the committed one. */
    private static void nextSequence(LifecycleState state, CommitChaincodeDefinitionArgs wanted) {
        long next = state.definition(wanted.getName()).map(CommitChaincodeDefinitionArgs::getSequence).orElse(0L) + 1;
        if (wanted.getSequence() != next) {
            throw new Refused(500, "requested sequence is " + wanted.getSequence() + ", but new definition must be sequence "
                    + next);
        }
    }

    private static String checkedName(String name) {
        if (!CHAINCODE_NAME.matcher(name).matches()) {
            throw new Refused(500, "invalid chaincode name '" + name + "'. Names can only consist of alphanumerics, '_',"
                    + " and '-' and can only begin with alphanumerics");
        }
        return name;
    }

    private static Simulation success(ByteString payload, LifecycleState state, Map<String, byte[]> writes) {
        return new Simulation(200, "", payload.toByteArray(), Map.copyOf(state.reads()), writes, null);
    }

    private static Simulation failure(int status, String message) {
        return new Simulation(status, message, new byte[0], Map.of(), Map.of(), null);
    }

    /** A refusal in Fabric's words, with the status Fabric answers it with. */
    private static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
