package org.openbsn.fabric.testing;

import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.SSLContext;

import org.openbsn.fabric.admin.MutualTls;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.Pem;

/** The ordering organisation: its CAs, its admin, the admin's TLS client certificate and its orderers. */
public record OrdererOrganisation(String mspId, X509Certificate caCertificate, X509Certificate tlsCaCertificate,
                                  Identity admin, String adminTlsCertificatePem, String adminTlsKeyPem,
                                  List<Orderer> orderers) {

    public OrdererOrganisation {
        orderers = List.copyOf(orderers);
    }

    /** The TLS context that the orderers' admin endpoints accept: the admin's client certificate, their TLS CA. */
    public SSLContext adminSslContext() {
        return MutualTls.sslContext(adminTlsCertificatePem, adminTlsKeyPem, List.of(Pem.of(tlsCaCertificate)));
    }

    /** The cluster as a channel's configuration and OpenBSN's channel operations name it. */
    public org.openbsn.fabric.network.ClusterAccess clusterAccess() {
        return new org.openbsn.fabric.network.ClusterAccess(new org.openbsn.fabric.config.OrderingCluster(mspId,
                Pem.of(caCertificate), Pem.of(tlsCaCertificate), orderers.stream().map(orderer ->
                        new org.openbsn.fabric.config.OrderingCluster.Consenter(
                                new org.openbsn.fabric.config.Endpoint(orderer.host(), orderer.port()),
                                orderer.tlsCertificatePem())).toList()),
                orderers.stream().map(orderer -> new org.openbsn.fabric.network.ClusterAccess.Orderer(orderer.host(),
                        orderer.port(), orderer.adminPort(), orderer.tlsCaPem())).toList(), adminSslContext());
    }

    public Orderer orderer(String name) {
        return orderers.stream().filter(orderer -> orderer.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No orderer named " + name + " in " + mspId));
    }
}
