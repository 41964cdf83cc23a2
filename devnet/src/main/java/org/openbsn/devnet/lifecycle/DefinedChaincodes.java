package org.openbsn.devnet.lifecycle;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hyperledger.fabric.protos.peer.lifecycle.ApproveChaincodeDefinitionForMyOrgArgs;
import org.hyperledger.fabric.protos.peer.lifecycle.CommitChaincodeDefinitionArgs;
import org.openbsn.devnet.chaincode.Chaincode;
import org.openbsn.devnet.chaincode.ExternalChaincode;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs, on each channel, the chaincodes whose definitions {@code _lifecycle} committed, as a Fabric peer does: the
 * installed ccaas package an approving organisation named is dialled at its connection.json address, registering as
 * the package id, and the chaincode's transactions are validated against the definition's policy (the channel's
 * Endorsement). A later definition (an upgrade) replaces the running one; definitions are read from the ledger, so a
 * restart runs them again.
 */
public final class DefinedChaincodes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DefinedChaincodes.class);

    private final InstalledPackages packages;
    private final Duration dialTimeout;
    private final List<ExternalChaincode> started = new CopyOnWriteArrayList<>();

    public DefinedChaincodes(InstalledPackages packages, Duration dialTimeout) {
        this.packages = packages;
        this.dialTimeout = dialTimeout;
    }

    /**
     * Serves {@code _lifecycle} on the channel of {@code ledger}, whose running chaincodes are {@code chaincodes}:
     * its transactions are validated as Fabric's lifecycle validates them, and every definition committed (before
     * or from now on) runs.
     */
    public void serve(ChannelLedger ledger, Map<String, Chaincode> chaincodes) {
        ledger.namespaces().defineWritePolicy(LifecycleState.NAMESPACE, rwset -> LifecycleState.writePolicy(ledger, rwset));
        ledger.namespaces().onCommitted(LifecycleState.NAMESPACE, keys -> keys.stream()
                .filter(key -> key.startsWith(LifecycleState.DEFINITIONS))
                .forEach(key -> run(ledger, chaincodes, key.substring(LifecycleState.DEFINITIONS.length()))));
        ledger.keys(LifecycleState.NAMESPACE, LifecycleState.DEFINITIONS)
                .forEach(key -> run(ledger, chaincodes, key.substring(LifecycleState.DEFINITIONS.length())));
    }

    private void run(ChannelLedger ledger, Map<String, Chaincode> chaincodes, String name) {
        LifecycleState state = new LifecycleState(ledger);
        Optional<CommitChaincodeDefinitionArgs> definition = state.definition(name);
        if (definition.isEmpty()) {
            return;
        }
        Optional<InstalledPackages.Installed> installed = packageOf(state, ledger, definition.get());
        if (installed.isEmpty()) {
            LOG.warn("Chaincode {} is defined at sequence {} on {}, but no peer of devnet has the package an approving"
                    + " organisation named installed; it does not run", name, definition.get().getSequence(),
                    ledger.channelId());
            return;
        }
        ledger.defineEndorsementPolicy(name, state.validationPolicy(definition.get()));
        ExternalChaincode chaincode = new ExternalChaincode(name, installed.get().address(), installed.get().packageId(),
                dialTimeout);
        started.add(chaincode);
        if (chaincodes.put(name, chaincode) instanceof ExternalChaincode replaced) {
            replaced.close();
            started.remove(replaced);
        }
    }

    /** The installed package named by the first organisation (by MSP id) that approved the definition. */
    private Optional<InstalledPackages.Installed> packageOf(LifecycleState state, ChannelLedger ledger,
                                                            CommitChaincodeDefinitionArgs definition) {
        return ledger.members().keySet().stream().sorted()
                .map(mspId -> state.approval(definition.getName(), mspId))
                .flatMap(Optional::stream)
                .filter(approval -> LifecycleState.asDefinition(approval).equals(LifecycleState.canonical(definition)))
                .map(ApproveChaincodeDefinitionForMyOrgArgs::getSource)
                .filter(source -> source.hasLocalPackage())
                .map(source -> packages.installed(source.getLocalPackage().getPackageId()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    @Override
    public void close() {
        started.forEach(ExternalChaincode::close);
    }
}
