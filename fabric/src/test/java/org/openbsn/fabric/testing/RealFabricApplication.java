package org.openbsn.fabric.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hyperledger.fabric.protos.common.Block;
import org.openbsn.basechaincode.CcaasPackage;
import org.openbsn.fabric.admin.ChaincodeDefinition;
import org.openbsn.fabric.config.Batching;
import org.openbsn.fabric.config.ChannelMember;
import org.openbsn.fabric.config.EndorsementRule;
import org.openbsn.fabric.config.Endpoint;
import org.openbsn.fabric.config.OrderingCluster;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.fabric.network.ChannelOperations;
import org.openbsn.fabric.network.ClusterAccess;
import org.openbsn.fabric.network.PeerNode;

/**
 * A live application on a real Fabric network, for tests of what runs on top of one: {@link RealFabric}'s two
 * city-node organisations and the participants' organisation on channel {@link #CHANNEL}, the base chaincode
 * committed as {@link #CHAINCODE} (MAJORITY endorsement) and served by a chaincode server process.
 */
public final class RealFabricApplication implements AutoCloseable {

    public static final String CHANNEL = "app-real";
    public static final String CHAINCODE = "basecc";
    public static final String PARTICIPANTS = "ParticipantsMSP";

    private final RealFabric fabric;
    private final OrganisationCa participants;
    private final ChaincodeServerProcess chaincode;

    private RealFabricApplication(RealFabric fabric, OrganisationCa participants, ChaincodeServerProcess chaincode) {
        this.fabric = fabric;
        this.participants = participants;
        this.chaincode = chaincode;
    }

    /** Starts the network in {@code workDir} and publishes the application on it. */
    public static RealFabricApplication start(Path workDir) {
        RealFabric fabric = RealFabric.start(workDir.resolve("network"));
        try {
            OrganisationCa participants = OrganisationCa.create(PARTICIPANTS, "participants.test");
            Map<String, Identity> admins = new HashMap<>();
            admins.put(PARTICIPANTS, participants.enroll("admin", NodeOu.ADMIN));
            List<ChannelMember> members = new ArrayList<>();
            List<PeerNode> peers = new ArrayList<>();
            for (PeerOrganisation organisation : fabric.peerOrganisations()) {
                admins.put(organisation.mspId(), organisation.admin());
                Peer peer = organisation.peers().get(0);
                members.add(new ChannelMember(organisation.mspId(), Pem.of(organisation.caCertificate()),
                        Pem.of(organisation.tlsCaCertificate()), List.of(new Endpoint(peer.host(), peer.port())), true));
                peers.add(new PeerNode(organisation.mspId(), peer.host(), peer.port(), peer.tlsCaPem(), ""));
            }
            members.add(new ChannelMember(PARTICIPANTS, Pem.of(participants.certificate()), Pem.of(participants.certificate()),
                    List.of(), false));
            ChannelOperations operations = new ChannelOperations(admins::get, Duration.ofSeconds(60));
            Block genesis = operations.create(CHANNEL, members, fabric.ordererOrganisation().clusterAccess(),
                    EndorsementRule.MAJORITY, Batching.forTps(20));
            int port = ChaincodeServerProcess.freePort();
            byte[] pkg = CcaasPackage.build(CHAINCODE + "_1", "127.0.0.1:" + port, Duration.ofSeconds(10));
            String packageId = null;
            for (PeerNode peer : peers) {
                operations.joinPeer(peer, CHANNEL, genesis);
                packageId = operations.install(peer, CHAINCODE + "_1", pkg);
            }
            ChaincodeServerProcess chaincode = ChaincodeServerProcess.start(workDir, packageId, port);
            operations.deploy(CHANNEL, new ChaincodeDefinition(CHAINCODE, "1", 1, packageId), peers);
            return new RealFabricApplication(fabric, participants, chaincode);
        } catch (RuntimeException e) {
            fabric.close();
            throw e;
        }
    }

    public RealFabric fabric() {
        return fabric;
    }

    /** The CA of the participants' organisation, a member of the channel that never endorses. */
    public OrganisationCa participants() {
        return participants;
    }

    /** The first peer of city-node organisation {@code mspId}. */
    public Peer peer(String mspId) {
        return fabric.peerOrganisation(mspId).peers().get(0);
    }

    @Override
    public void close() {
        chaincode.close();
        fabric.close();
    }
}
