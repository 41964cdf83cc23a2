package org.openbsn.fabric.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.fabric.testing.LocalMsp.TlsFiles;

/** Issues a peer organisation's crypto, writes its {@code peer0}'s files and registers the peer's process. */
final class PeerOrganisationSetup {

    private static final String PEER = "peer0";

    private PeerOrganisationSetup() {
    }

    static PeerOrganisation create(RealFabric fabric, Path directory, String mspId) {
        String domain = LocalMsp.domainOf(mspId);
        OrganisationCa ca = OrganisationCa.loadOrCreate(directory.resolve("ca"), mspId, domain);
        OrganisationCa tlsCa = OrganisationCa.loadOrCreate(directory.resolve("tlsca"), mspId, "tls." + domain);
        Identity admin = ca.enroll("Admin@" + domain, NodeOu.ADMIN);
        LocalMsp.write(directory.resolve("users/Admin/msp"), ca, tlsCa, admin);

        String hostName = PEER + "." + domain;
        Path node = directory.resolve(PEER);
        Identity identity = ca.enroll(hostName, NodeOu.PEER);
        Path msp = LocalMsp.write(node.resolve("msp"), ca, tlsCa, identity);
        TlsFiles tls = LocalMsp.writeTls(node.resolve("tls"), tlsCa, hostName);
        NodeConfig.copySampleConfig(fabric.fabricHome(), node.resolve("config"));
        int[] ports = fabric.freePorts(3);
        Peer peer = new Peer(mspId, PEER, fabric.host(), ports[0], ports[1], ports[2], Pem.of(tlsCa.certificate()),
                identity.certificate());
        Map<String, String> environment = NodeConfig.peer(mspId, hostName, node, msp, tls,
                peer.port(), peer.chaincodeListenPort(), peer.operationsPort());
        fabric.register(new NodeProcess(peer.processName(), List.of(fabric.bin().resolve("peer").toString(), "node",
                "start"), environment, node, fabric.logFileFor(peer.processName()),
                () -> Probes.peerReady(peer.host(), peer.operationsPort(), peer.port())));
        return new PeerOrganisation(mspId, ca, tlsCa.certificate(), admin, List.of(peer));
    }
}
