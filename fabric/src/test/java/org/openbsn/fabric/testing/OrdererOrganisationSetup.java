package org.openbsn.fabric.testing;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openbsn.fabric.admin.MutualTls;
import org.openbsn.fabric.msp.Ecdsa;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.fabric.testing.LocalMsp.TlsFiles;

/** Issues the ordering organisation's crypto, writes each orderer's files and registers its process. */
final class OrdererOrganisationSetup {

    private OrdererOrganisationSetup() {
    }

    static OrdererOrganisation create(RealFabric fabric, Path directory, int count) {
        String mspId = RealFabric.ORDERER_MSP;
        String domain = LocalMsp.domainOf(mspId);
        OrganisationCa ca = OrganisationCa.loadOrCreate(directory.resolve("ca"), mspId, domain);
        OrganisationCa tlsCa = OrganisationCa.loadOrCreate(directory.resolve("tlsca"), mspId, "tls." + domain);
        String tlsCaPem = Pem.of(tlsCa.certificate());
        Identity admin = ca.enroll("Admin@" + domain, NodeOu.ADMIN);
        LocalMsp.write(directory.resolve("users/Admin/msp"), ca, tlsCa, admin);
        // the participation API authenticates its clients by a certificate of the TLS CA, no host name in it
        KeyPair adminTlsKey = Ecdsa.newKeyPair();
        String adminTlsCertificate = Pem.of(tlsCa.issueTls("Admin@" + domain, List.of(), List.of(),
                adminTlsKey.getPublic()));
        String adminTlsKeyPem = Pem.of(adminTlsKey.getPrivate());
        LocalMsp.writeClientTls(directory.resolve("users/Admin/tls"), tlsCa, adminTlsCertificate, adminTlsKeyPem);
        HttpClient adminClient = Probes.client(MutualTls.sslContext(adminTlsCertificate, adminTlsKeyPem,
                List.of(tlsCaPem)));

        List<Orderer> orderers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "orderer" + i;
            String hostName = name + "." + domain;
            Path node = directory.resolve(name);
            Path msp = LocalMsp.write(node.resolve("msp"), ca, tlsCa, ca.enroll(hostName, NodeOu.ORDERER));
            TlsFiles tls = LocalMsp.writeTls(node.resolve("tls"), tlsCa, hostName);
            NodeConfig.copySampleConfig(fabric.fabricHome(), node.resolve("config"));
            int[] ports = fabric.freePorts(3);
            Orderer orderer = new Orderer(name, fabric.host(), ports[0], ports[1], ports[2], tls.certificatePem(),
                    tlsCaPem);
            Map<String, String> environment = NodeConfig.orderer(mspId, node, msp, tls, tls.ca(),
                    orderer.port(), orderer.adminPort(), orderer.operationsPort());
            fabric.register(new NodeProcess(name, List.of(fabric.bin().resolve("orderer").toString()), environment,
                    node, fabric.logFileFor(name), () -> Probes.healthy(orderer.host(), orderer.operationsPort())
                            && Probes.participationAnswers(adminClient, orderer.host(), orderer.adminPort())));
            orderers.add(orderer);
        }
        return new OrdererOrganisation(mspId, ca.certificate(), tlsCa.certificate(), admin, adminTlsCertificate,
                adminTlsKeyPem, orderers);
    }
}
