package org.openbsn.fabric.network;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hyperledger.fabric.protos.common.Block;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.basechaincode.CcaasPackage;
import org.openbsn.fabric.admin.ChaincodeDefinition;
import org.openbsn.fabric.config.Batching;
import org.openbsn.fabric.config.ChannelMember;
import org.openbsn.fabric.config.EndorsementRule;
import org.openbsn.fabric.config.Endpoint;
import org.openbsn.fabric.config.OrderingCluster;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationAdmins;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.fabric.testing.ChaincodeServerProcess;
import org.openbsn.fabric.testing.OrdererOrganisation;
import org.openbsn.fabric.testing.Peer;
import org.openbsn.fabric.testing.PeerOrganisation;
import org.openbsn.fabric.testing.RealFabric;

/**
 * How long an application channel's steps take on real Fabric 2.5 (three etcdraft orderers, two city-node peers, one
 * chaincode server), five channels in a row on one network: from nothing to a committed chaincode definition
 * (channel created on the cluster, both peers joined, the package installed on both, approved by both and
 * committed), a chaincode upgrade (approve and commit at sequence 2), and adding a third city node to the live
 * channel (configuration update, its peer joined, package installed, its approval). Writes medians and every run
 * to target/bench/fabric-channel.json.
 */
@Tag("benchmark")
class RealFabricChannelBenchmark {

    private static final int RUNS = 5;

    @TempDir
    Path work;

    @Test
    void channelStepsOnRealFabric() throws Exception {
        List<Long> live = new ArrayList<>();
        List<Long> upgrade = new ArrayList<>();
        List<Long> addNode = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        try (RealFabric fabric = RealFabric.start(work.resolve("network"))) {
            Map<String, Identity> admins = new HashMap<>();
            fabric.peerOrganisations().forEach(organisation -> admins.put(organisation.mspId(), organisation.admin()));
            OrganisationCa participants = OrganisationCa.create("ParticipantsMSP", "participants.bench");
            admins.put("ParticipantsMSP", participants.enroll("admin", NodeOu.ADMIN));
            OrganisationAdmins port = admins::get;
            ChannelOperations operations = new ChannelOperations(port, Duration.ofSeconds(60));
            int chaincodePort = ChaincodeServerProcess.freePort();
            byte[] pkg = CcaasPackage.build("basecc_1", "127.0.0.1:" + chaincodePort, Duration.ofSeconds(10));
            try (ChaincodeServerProcess server = ChaincodeServerProcess.start(work, CcaasPackage.packageId("basecc_1", pkg),
                    chaincodePort)) {
                for (int run = 0; run < RUNS; run++) {
                    String channel = "bench-" + run;
                    List<ChannelMember> members = new ArrayList<>(List.of(member(fabric, "Node1MSP"), member(fabric, "Node2MSP"),
                            new ChannelMember("ParticipantsMSP", Pem.of(participants.certificate()),
                                    Pem.of(participants.certificate()), List.of(), false)));
                    List<PeerNode> peers = List.of(peer(fabric, "Node1MSP"), peer(fabric, "Node2MSP"));
                    ClusterAccess access = fabric.ordererOrganisation().clusterAccess();

                    long started = System.nanoTime();
                    Block genesis = operations.create(channel, members, access, EndorsementRule.MAJORITY, Batching.forTps(20));
                    long created = System.nanoTime();
                    String packageId = null;
                    for (PeerNode peer : peers) {
                        operations.joinPeer(peer, channel, genesis);
                        packageId = operations.install(peer, "basecc_1", pkg);
                    }
                    long joined = System.nanoTime();
                    operations.deploy(channel, new ChaincodeDefinition("basecc", "1", 1, packageId), peers);
                    live.add(System.nanoTime() - started);
                    steps.add(String.format(Locale.ROOT, "{\"create\": %d, \"join_and_install\": %d, \"approve_and_commit\": %d}",
                            (created - started) / 1_000_000, (joined - created) / 1_000_000, (System.nanoTime() - joined) / 1_000_000));

                    started = System.nanoTime();
                    ChaincodeDefinition second = new ChaincodeDefinition("basecc", "2", 2, packageId);
                    operations.deploy(channel, second, peers);
                    upgrade.add(System.nanoTime() - started);

                    String third = "Node" + (3 + run) + "MSP";
                    PeerOrganisation added = fabric.addPeerOrganisation(third);
                    admins.put(third, added.admin());
                    started = System.nanoTime();
                    members.add(member(fabric, third));
                    operations.reconfigure(channel, members, EndorsementRule.MAJORITY, peers.get(0), access);
                    operations.joinPeer(peer(fabric, third), channel, genesis);
                    operations.install(peer(fabric, third), "basecc_1", pkg);
                    operations.approve(channel, second, peer(fabric, third));
                    addNode.add(System.nanoTime() - started);
                    fabric.stop(added.peers().get(0).processName());
                }
            }
        }
        String json = String.format(Locale.ROOT, """
                {"network": "Fabric 2.5.4: 3 etcdraft orderers, 2 city-node peers, BatchTimeout 250 ms",
                 "runs": %d,
                 "create_to_committed_chaincode_ms": {"median": %d, "all": %s},
                 "create_steps_ms": %s,
                 "upgrade_ms": {"median": %d, "all": %s},
                 "add_city_node_ms": {"median": %d, "all": %s}}
                """, RUNS, median(live), millis(live), steps, median(upgrade), millis(upgrade), median(addNode), millis(addNode));
        Path out = Path.of("target", "bench", "fabric-channel.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json, StandardCharsets.UTF_8);
        System.out.println(json);
    }

    private static ChannelMember member(RealFabric fabric, String mspId) {
        PeerOrganisation organisation = fabric.peerOrganisation(mspId);
        Peer peer = organisation.peers().get(0);
        return new ChannelMember(mspId, Pem.of(organisation.caCertificate()), Pem.of(organisation.tlsCaCertificate()),
                List.of(new Endpoint(peer.host(), peer.port())), true);
    }

    private static PeerNode peer(RealFabric fabric, String mspId) {
        Peer peer = fabric.peerOrganisation(mspId).peers().get(0);
        return new PeerNode(mspId, peer.host(), peer.port(), peer.tlsCaPem(), "");
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return Duration.ofNanos(sorted.get(sorted.size() / 2)).toMillis();
    }

    private static String millis(List<Long> nanos) {
        return nanos.stream().map(n -> Long.toString(Duration.ofNanos(n).toMillis())).toList().toString();
    }
}
