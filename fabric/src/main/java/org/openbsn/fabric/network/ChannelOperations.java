package org.openbsn.fabric.network;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.hyperledger.fabric.protos.common.Block;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.ConfigUpdate;
import org.openbsn.fabric.admin.AdminRefusal;
import org.openbsn.fabric.admin.ChaincodeDefinition;
import org.openbsn.fabric.admin.ChaincodeLifecycle;
import org.openbsn.fabric.admin.ChannelParticipation;
import org.openbsn.fabric.admin.OrdererBroadcast;
import org.openbsn.fabric.admin.PeerAdmin;
import org.openbsn.fabric.config.Batching;
import org.openbsn.fabric.config.ChannelConfig;
import org.openbsn.fabric.config.ChannelGenesis;
import org.openbsn.fabric.config.ChannelMember;
import org.openbsn.fabric.config.ConfigDelta;
import org.openbsn.fabric.config.ConfigUpdates;
import org.openbsn.fabric.config.EndorsementRule;
import org.openbsn.fabric.msp.OrganisationAdmins;
import org.openbsn.fabric.msp.Signer;

/**
 * The steps of an application channel's life, each safe to repeat: a step that finds its work done changes nothing.
 * Fabric settles in its own time (a raft leader is elected seconds after a channel starts, gossip spreads
 * membership, approvals become visible block by block), so every step is retried until {@code patience} runs out
 * and then fails with Fabric's last words.
 */
public final class ChannelOperations {

    private static final Duration PAUSE = Duration.ofMillis(250);
    private static final Logger LOG = LoggerFactory.getLogger(ChannelOperations.class);

    private final OrganisationAdmins admins;
    private final Duration patience;

    public ChannelOperations(OrganisationAdmins admins, Duration patience) {
        this.admins = admins;
        this.patience = patience;
    }

    /** Builds the channel's genesis block and joins every orderer of the cluster to it; answers the block peers join with. */
    public Block create(String channelId, List<ChannelMember> members, ClusterAccess access, EndorsementRule rule,
                        Batching batching) {
        Block genesis = genesis(channelId, members, access, rule, batching);
        create(channelId, genesis, access);
        return genesis;
    }

    /** The genesis block of a new channel with these members on the cluster; nothing is sent anywhere. */
    public static Block genesis(String channelId, List<ChannelMember> members, ClusterAccess access, EndorsementRule rule,
                                Batching batching) {
        return ChannelGenesis.block(channelId, ChannelConfig.channelGroup(members, access.cluster(), rule, batching),
                Instant.now());
    }

    /** Joins every orderer of the cluster to the channel of {@code genesis}; orderers that serve it already are left so. */
    public void create(String channelId, Block genesis, ClusterAccess access) {
        for (ClusterAccess.Orderer orderer : access.orderers()) {
            ChannelParticipation participation = participation(orderer, access);
            settle("join " + orderer + " to channel " + channelId, () -> {
                participation.join(genesis);
                return null;
            });
        }
    }

    /**
     * Evaluates {@code function} of chaincode {@code chaincode} on the channel through {@code via}, as an admin of
     * its organisation (a reader of the channel); a refusal carries Fabric's words.
     */
    public byte[] evaluate(PeerNode via, String channelId, String chaincode, String function, List<String> args) {
        try (AdminGateways.Connection connection = AdminGateways.open(admins.adminOf(via.mspId()), via)) {
            return connection.gateway().getNetwork(channelId).getContract(chaincode).newProposal(function)
                    .addArguments(args.toArray(String[]::new)).build().evaluate();
        } catch (org.hyperledger.fabric.client.GatewayException refused) {
            throw new AdminRefusal("Fabric refused to evaluate " + function + " of " + chaincode + " on " + channelId
                    + ": " + ChaincodeLifecycle.words(refused), refused);
        }
    }

    /** Joins the peer to the channel with its genesis block, signed by an admin of the peer's organisation. */
    public void joinPeer(PeerNode peer, String channelId, Block genesis) {
        Signer admin = admins.adminOf(peer.mspId());
        try (PeerAdmin peerAdmin = peerAdmin(peer)) {
            settle("join " + peer + " to channel " + channelId, () -> {
                peerAdmin.join(admin, channelId, genesis);
                return null;
            });
        }
    }

    /** Installs a chaincode package on the peer; answers its package id. */
    public String install(PeerNode peer, String label, byte[] packageFile) {
        try (PeerAdmin peerAdmin = peerAdmin(peer)) {
            return settle("install " + label + " on " + peer,
                    () -> peerAdmin.install(admins.adminOf(peer.mspId()), label, packageFile));
        }
    }

    /**
     * Makes {@code definition} the channel's live definition: each organisation of {@code peers} (one peer per
     * endorsing organisation) approves it through its own peer, then it is committed, endorsed by all of them. A
     * definition already committed at this sequence is left as it is.
     */
    public void deploy(String channelId, ChaincodeDefinition definition, List<PeerNode> peers) {
        PeerNode first = peers.get(0);
        try (AdminGateways.Connection committer = AdminGateways.open(admins.adminOf(first.mspId()), first)) {
            if (committedSequence(committer, channelId, definition.name()).orElse(0L) >= definition.sequence()) {
                return;
            }
            for (PeerNode peer : peers) {
                approve(channelId, definition, peer);
            }
            List<String> endorsing = peers.stream().map(PeerNode::mspId).distinct().toList();
            settle("see every approval of " + definition + " on " + channelId, () -> {
                Map<String, Boolean> approvals = ChaincodeLifecycle.approvals(committer.gateway(), channelId, definition);
                if (!endorsing.stream().allMatch(mspId -> approvals.getOrDefault(mspId, false))) {
                    throw new AdminRefusal("not every organisation's approval is visible yet: " + approvals);
                }
                return null;
            });
            settle("commit " + definition + " on " + channelId, () -> {
                if (committedSequence(committer, channelId, definition.name()).orElse(0L) < definition.sequence()) {
                    ChaincodeLifecycle.commit(committer.gateway(), channelId, definition, endorsing.toArray(String[]::new));
                }
                return null;
            });
        }
    }

    /** The peer's organisation approves {@code definition} (a new member approving the live definition, or one step of {@link #deploy}). */
    public void approve(String channelId, ChaincodeDefinition definition, PeerNode peer) {
        try (AdminGateways.Connection connection = AdminGateways.open(admins.adminOf(peer.mspId()), peer)) {
            settle(peer.mspId() + " approves " + definition + " on " + channelId, () -> {
                ChaincodeLifecycle.approve(connection.gateway(), peer.mspId(), channelId, definition);
                return null;
            });
        }
    }

    /**
     * Changes the channel's member organisations to {@code members} (adding or retiring a city node) with endorsement
     * by {@code rule}: the configuration is read through {@code via}, the update is signed by the admins of every
     * current member and sent to the cluster, and the call returns once {@code via} sees the new configuration.
     */
    public void reconfigure(String channelId, List<ChannelMember> members, EndorsementRule rule, PeerNode via,
                            ClusterAccess access) {
        Signer reader = admins.adminOf(via.mspId());
        try (PeerAdmin peerAdmin = peerAdmin(via)) {
            ConfigGroup current = ConfigUpdates.configOf(settle("read the configuration of " + channelId,
                    () -> peerAdmin.configBlock(reader, channelId))).getChannelGroup();
            ConfigGroup application = ChannelConfig.applicationGroup(members, rule);
            if (sameMembers(current.getGroupsOrThrow("Application"), application)) {
                return;
            }
            ConfigUpdate update = ConfigDelta.compute(channelId, current,
                    current.toBuilder().putGroups("Application", application).build());
            List<Signer> signers = new ArrayList<>();
            current.getGroupsOrThrow("Application").getGroupsMap().keySet().stream().sorted()
                    .forEach(mspId -> signers.add(admins.adminOf(mspId)));
            settle("update the members of " + channelId, () -> {
                ClusterAccess.Orderer orderer = access.orderers().get(0);
                OrdererBroadcast.send(orderer.host(), orderer.port(), orderer.tlsCaPem(),
                        ConfigUpdates.envelope(update, signers, reader));
                return null;
            });
            settle("see the new members of " + channelId + " through " + via, () -> {
                ConfigGroup now = ConfigUpdates.configOf(peerAdmin.configBlock(reader, channelId)).getChannelGroup();
                if (!sameMembers(now.getGroupsOrThrow("Application"), application)) {
                    throw new AdminRefusal("the peer does not see the new members yet");
                }
                return null;
            });
        }
    }

    /** Removes the channel from every orderer of the cluster (a publishing that failed after creating it). */
    public void remove(String channelId, ClusterAccess access) {
        for (ClusterAccess.Orderer orderer : access.orderers()) {
            ChannelParticipation participation = participation(orderer, access);
            settle("remove channel " + channelId + " from " + orderer, () -> {
                participation.remove(channelId);
                return null;
            });
        }
    }

    private static boolean sameMembers(ConfigGroup current, ConfigGroup wanted) {
        return current.getGroupsMap().keySet().equals(wanted.getGroupsMap().keySet())
                && current.getPoliciesOrThrow("Endorsement").getPolicy().equals(wanted.getPoliciesOrThrow("Endorsement").getPolicy());
    }

    private Optional<Long> committedSequence(AdminGateways.Connection connection, String channelId, String name) {
        return settle("read the definition of " + name + " on " + channelId,
                () -> ChaincodeLifecycle.committedSequence(connection.gateway(), channelId, name));
    }

    private static ChannelParticipation participation(ClusterAccess.Orderer orderer, ClusterAccess access) {
        return new ChannelParticipation(orderer.host(), orderer.adminPort(), access.adminTls());
    }

    private static PeerAdmin peerAdmin(PeerNode peer) {
        return new PeerAdmin(peer.host(), peer.port(), peer.tlsCaPem(), peer.serverName());
    }

    /** Repeats {@code step} while Fabric refuses it, until {@code patience} has passed. */
    private <T> T settle(String what, Supplier<T> step) {
        long started = System.nanoTime();
        long deadline = started + patience.toNanos();
        String last = null;
        for (int attempt = 1; ; attempt++) {
            try {
                T result = step.get();
                if (last != null) {
                    LOG.info("{}: done after {} attempts in {} ms; Fabric had said: {}", what, attempt,
                            (System.nanoTime() - started) / 1_000_000, last);
                }
                return result;
            } catch (AdminRefusal refused) {
                last = refused.getMessage();
                if (System.nanoTime() > deadline) {
                    throw new AdminRefusal("Could not " + what + " within " + patience.toSeconds() + " s: "
                            + refused.getMessage(), refused);
                }
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AdminRefusal("Interrupted while trying to " + what, e);
            }
        }
    }
}
