package org.openbsn.devnet.lifecycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.peer.ApplicationPolicy;
import org.hyperledger.fabric.protos.peer.lifecycle.ApproveChaincodeDefinitionForMyOrgArgs;
import org.hyperledger.fabric.protos.peer.lifecycle.CommitChaincodeDefinitionArgs;
import org.openbsn.devnet.chaincode.StateView;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.devnet.policy.ConfigPolicies;
import org.openbsn.devnet.policy.EndorsementPolicy;
import org.openbsn.devnet.policy.Endorser;
import org.openbsn.devnet.policy.Principal;
import org.openbsn.devnet.policy.SignaturePolicy;
import org.openbsn.fabric.msp.NodeOu;

/**
 * The {@code _lifecycle} namespace of one channel as devnet keeps it: each organisation's approval of a chaincode
 * (where Fabric keeps it in the organisation's implicit collection) under {@code approvals/<name>/<mspId>}, and each
 * committed definition under {@code definitions/<name>}. Every read is remembered, so a transaction built on them
 * is invalidated (MVCC) when an approval or the definition changed before it committed.
 */
final class LifecycleState {

    static final String NAMESPACE = "_lifecycle";
    static final String DEFINITIONS = "definitions/";
    private static final String APPROVALS = "approvals/";

    private final ChannelLedger ledger;
    private final StateView view;
    private final Map<String, StateView.Versioned> reads = new LinkedHashMap<>();

    LifecycleState(ChannelLedger ledger) {
        this.ledger = ledger;
        this.view = ledger.view(NAMESPACE);
    }

    static String definitionKey(String name) {
        return DEFINITIONS + name;
    }

    static String approvalKey(String name, String mspId) {
        return APPROVALS + name + "/" + mspId;
    }

    /** The committed definition of chaincode {@code name}, if any. */
    Optional<CommitChaincodeDefinitionArgs> definition(String name) {
        return read(definitionKey(name)).map(bytes -> parse(() -> CommitChaincodeDefinitionArgs.parseFrom(bytes)));
    }

    /** What organisation {@code mspId} last approved for chaincode {@code name}, if anything. */
    Optional<ApproveChaincodeDefinitionForMyOrgArgs> approval(String name, String mspId) {
        return read(approvalKey(name, mspId)).map(bytes -> parse(() -> ApproveChaincodeDefinitionForMyOrgArgs.parseFrom(bytes)));
    }

    /** Whether each of the channel's organisations approved exactly {@code wanted}, as CheckCommitReadiness answers. */
    Map<String, Boolean> approvals(CommitChaincodeDefinitionArgs wanted) {
        Map<String, Boolean> approvals = new TreeMap<>();
        for (String mspId : ledger.members().keySet()) {
            approvals.put(mspId, approval(wanted.getName(), mspId).map(LifecycleState::asDefinition)
                    .filter(canonical(wanted)::equals).isPresent());
        }
        return approvals;
    }

    /** The keys read so far with the versions read, for the transaction's read set. */
    Map<String, StateView.Versioned> reads() {
        return reads;
    }

    /** {@code /Channel/Application/<name>} of the channel's latest configuration; MAJORITY when it names none. */
    EndorsementPolicy channelPolicy(String name) {
        return ledger.latestConfig().flatMap(config -> config.applicationPolicy(name)).map(ConfigPolicies::of)
                .orElseGet(EndorsementPolicy::majority);
    }

    /** The policy a committed definition gives its chaincode's transactions (the channel's Endorsement by default). */
    EndorsementPolicy validationPolicy(CommitChaincodeDefinitionArgs definition) {
        ApplicationPolicy policy = parse(() -> ApplicationPolicy.parseFrom(definition.getValidationParameter()));
        if (policy.hasSignaturePolicy()) {
            return ConfigPolicies.of(policy.getSignaturePolicy());
        }
        String reference = policy.getChannelConfigPolicyReference();
        return channelPolicy(reference.isEmpty() ? "Endorsement" : reference.substring(reference.lastIndexOf('/') + 1));
    }

    /** The definition with every field set, so two definitions that say the same compare equal. */
    static CommitChaincodeDefinitionArgs canonical(CommitChaincodeDefinitionArgs definition) {
        return CommitChaincodeDefinitionArgs.newBuilder().setSequence(definition.getSequence()).setName(definition.getName())
                .setVersion(definition.getVersion()).setEndorsementPlugin(definition.getEndorsementPlugin())
                .setValidationPlugin(definition.getValidationPlugin())
                .setValidationParameter(definition.getValidationParameter()).setCollections(definition.getCollections())
                .setInitRequired(definition.getInitRequired()).build();
    }

    /** An approval's definition, without the package the organisation runs (which only it needs to agree on). */
    static CommitChaincodeDefinitionArgs asDefinition(ApproveChaincodeDefinitionForMyOrgArgs approval) {
        return CommitChaincodeDefinitionArgs.newBuilder().setSequence(approval.getSequence()).setName(approval.getName())
                .setVersion(approval.getVersion()).setEndorsementPlugin(approval.getEndorsementPlugin())
                .setValidationPlugin(approval.getValidationPlugin()).setValidationParameter(approval.getValidationParameter())
                .setCollections(approval.getCollections()).setInitRequired(approval.getInitRequired()).build();
    }

    /**
     * Who must have endorsed a {@code _lifecycle} transaction writing {@code rwset}: a new definition needs the
     * channel's LifecycleEndorsement; an approval needs a peer of the organisation whose approval it writes.
     */
    static EndorsementPolicy writePolicy(ChannelLedger ledger, KVRWSet rwset) {
        List<String> keys = rwset.getWritesList().stream().map(KVWrite::getKey).toList();
        List<String> approving = keys.stream().filter(key -> key.startsWith(APPROVALS))
                .map(key -> key.substring(key.lastIndexOf('/') + 1)).distinct().toList();
        if (approving.isEmpty() || keys.stream().anyMatch(key -> key.startsWith(DEFINITIONS))) {
            return new LifecycleState(ledger).channelPolicy("LifecycleEndorsement");
        }
        List<SignaturePolicy.Rule> peers = approving.stream().<SignaturePolicy.Rule>map(mspId ->
                new SignaturePolicy.SignedBy(new Principal(mspId, Principal.Role.PEER))).toList();
        return new SignaturePolicy(new SignaturePolicy.OutOf(peers.size(), peers));
    }

    /** Whether the organisations that approved satisfy the channel's LifecycleEndorsement, each counted as its peer. */
    boolean enoughApprovals(Map<String, Boolean> approvals) {
        List<Endorser> approving = approvals.entrySet().stream().filter(Map.Entry::getValue)
                .map(entry -> new Endorser(entry.getKey(), NodeOu.PEER)).toList();
        return channelPolicy("LifecycleEndorsement").isSatisfiedBy(approving, ledger.members().keySet());
    }

    private Optional<ByteString> read(String key) {
        Optional<StateView.Versioned> found = view.get(key);
        reads.putIfAbsent(key, found.orElse(new StateView.Versioned(null, 0, 0)));
        return found.map(versioned -> ByteString.copyFrom(versioned.value()));
    }

    private interface Parse<T> {
        T parse() throws InvalidProtocolBufferException;
    }

    private static <T> T parse(Parse<T> parse) {
        try {
            return parse.parse();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("devnet's _lifecycle state cannot be read back", e);
        }
    }
}
