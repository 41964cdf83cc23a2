package org.openbsn.devnet.boot;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.openbsn.devnet.Devnet;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.devnet.ledger.GenesisConfig;
import org.openbsn.devnet.policy.EndorsementPolicy;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.ledger.ChaincodePackages;
import org.openbsn.infra.ledger.ChannelAdministration;
import org.openbsn.infra.ledger.Endorsement;

/**
 * Channel administration on devnet: channels are opened on its orderer and ledger, the base chaincode runs
 * in-process and a marketplace package in a process of its own (see {@link ChaincodeLauncher}). devnet hosts one
 * peer per organisation, so a joined city-node peer is only recorded.
 */
final class DevnetChannelAdministration implements ChannelAdministration, AutoCloseable {

    private final Devnet devnet;
    private final ChaincodeLauncher launcher;
    private final Supplier<Optional<ChaincodePackages>> packages;
    private final LedgerEvaluator evaluator;
    private final ConcurrentHashMap<String, Set<String>> joined = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, EndorsementPolicy> policies = new ConcurrentHashMap<>();

    DevnetChannelAdministration(Devnet devnet, ChaincodeLauncher launcher, Supplier<Optional<ChaincodePackages>> packages,
                                LedgerEvaluator evaluator) {
        this.devnet = devnet;
        this.launcher = launcher;
        this.packages = packages;
        this.evaluator = evaluator;
    }

    /**
     * Opens the channel and, as Fabric's channel creation does, starts its ledger with the genesis block; the
     * chaincodes deployed on it later are endorsed as {@code endorsement} asks.
     */
    @Override
    public void createChannel(String channelId, List<String> memberMspIds, Endorsement endorsement) {
        // the participants' organisation (devnet's own) holds members and never endorses, unless it is the only one
        List<String> endorsing = memberMspIds.stream().filter(mspId -> !mspId.equals(devnet.hostMspId())).toList();
        policies.put(channelId, EndorsementPolicies.of(endorsement, memberMspIds,
                endorsing.isEmpty() ? memberMspIds : endorsing));
        ChannelLedger ledger = devnet.openChannel(channelId, memberMspIds);
        ledger.startWithGenesis(GenesisConfig.of(channelId, memberMspIds.stream().map(ledger.members()::get).toList(),
                Instant.now()));
    }

    @Override
    public void joinPeer(String channelId, String nodeId, String peerId) {
        requireOpen(channelId);
        joined.computeIfAbsent(channelId, id -> ConcurrentHashMap.newKeySet()).add(nodeId + "/" + peerId);
    }

    /** The city-node peers joined to the channel since devnet started, as "nodeId/peerId". */
    Set<String> joinedPeers(String channelId) {
        return Set.copyOf(joined.getOrDefault(channelId, Set.of()));
    }

    /**
     * The base chaincode, or a marketplace package fetched from the marketplace, started (once per package) and
     * defined on the channel; a later sequence with another package replaces the channel's definition.
     */
    @Override
    public void deployChaincode(String channelId, String name, String kind, String packageId, int sequence) {
        requireOpen(channelId);
        switch (kind) {
            case "base" -> devnet.deployBaseChaincode(channelId, name, policyOf(channelId, name));
            case "package" -> {
                PackageArchive.hashOf(packageId);
                ChaincodePackages marketplace = packages.get().orElseThrow(() -> new DomainException(
                        "chaincode.no-marketplace", "Package " + packageId
                                + " cannot be deployed: this portal has no marketplace to take packages from", packageId));
                byte[] file = marketplace.packageFile(packageId).orElseThrow(() -> new DomainException(
                        "chaincode.package-unknown", "The marketplace holds no package " + packageId, packageId));
                InetSocketAddress address = launcher.launch(packageId, file);
                devnet.deployChaincode(channelId, name, address, packageId, policyOf(channelId, name));
            }
            default -> throw new DomainException("channel.chaincode-kind-unsupported", "Chaincode of kind '" + kind
                    + "' cannot be deployed; devnet runs the base chaincode and marketplace packages", kind);
        }
    }

    @Override
    public byte[] evaluate(String channelId, String name, String function, List<String> args) {
        requireOpen(channelId);
        return evaluator.evaluate(channelId, name, function, args);
    }

    @Override
    public long height(String channelId) {
        return devnet.channel(channelId).map(ChannelLedger::height).orElse(0L);
    }

    /** Closes the connection evaluations go through. */
    @Override
    public void close() {
        evaluator.close();
    }

    /**
     * The policy the channel was created with; after a restart, the one its chaincode {@code name} already has
     * (devnet keeps it), so an upgrade does not loosen it.
     */
    private EndorsementPolicy policyOf(String channelId, String name) {
        return policies.computeIfAbsent(channelId, id -> devnet.channel(id).orElseThrow().endorsementPolicy(name));
    }

    private void requireOpen(String channelId) {
        if (devnet.channel(channelId).isEmpty()) {
            throw new DomainException("channel.not-on-ledger", "Channel " + channelId + " is not open on the ledger",
                    channelId);
        }
    }
}
