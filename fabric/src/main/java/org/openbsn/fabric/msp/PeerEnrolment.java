package org.openbsn.fabric.msp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What a node owner needs to run one peer of the node's organisation with Fabric's own {@code peer} binary: a local
 * MSP folder (the organisation's CA and TLS CA, the peer's NodeOU-peer certificate and key, NodeOUs on) and the
 * peer's TLS certificate and key for its address, packed as a zip with a README naming the settings that use them.
 */
public final class PeerEnrolment {

    private static final String CA_FILE = "cacerts/ca.pem";

    private PeerEnrolment() {
    }

    /** The zip for peer {@code peerName} of the organisation, listening at {@code host:port}. */
    public static byte[] bundle(OrganisationCa ca, OrganisationCa tlsCa, String peerName, String host, int port) {
        KeyPair identityKey = Ecdsa.newKeyPair();
        KeyPair tlsKey = Ecdsa.newKeyPair();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("msp/" + CA_FILE, Pem.of(ca.certificate()));
        files.put("msp/tlscacerts/tlsca.pem", Pem.of(tlsCa.certificate()));
        files.put("msp/signcerts/cert.pem", Pem.of(ca.issue(peerName, NodeOu.PEER, identityKey.getPublic())));
        files.put("msp/keystore/priv_sk", Pem.of(identityKey.getPrivate()));
        files.put("msp/config.yaml", nodeOuConfig());
        boolean address = host.matches("[0-9.]+|[0-9a-fA-F:]+");
        files.put("tls/server.crt", Pem.of(tlsCa.issueTls(peerName, address ? List.of() : List.of(host),
                address ? List.of(host) : List.of(), tlsKey.getPublic())));
        files.put("tls/server.key", Pem.of(tlsKey.getPrivate()));
        files.put("tls/ca.crt", Pem.of(tlsCa.certificate()));
        files.put("README.txt", readme(ca.mspId(), peerName, host, port));
        return zip(files);
    }

    /** A local MSP's {@code config.yaml}: NodeOUs on, every role certified by the organisation's CA. */
    public static String nodeOuConfig() {
        StringBuilder config = new StringBuilder("NodeOUs:\n  Enable: true\n");
        for (NodeOu role : NodeOu.values()) {
            String key = role.name().charAt(0) + role.ou().substring(1);
            config.append("  ").append(key).append("OUIdentifier:\n")
                    .append("    Certificate: ").append(CA_FILE).append('\n')
                    .append("    OrganizationalUnitIdentifier: ").append(role.ou()).append('\n');
        }
        return config.toString();
    }

    private static String readme(String mspId, String peerName, String host, int port) {
        return """
                Peer %2$s of organisation %1$s, listening at %3$s:%4$d.
                Unpack this folder where the peer runs (keep msp/keystore and tls/server.key readable by the peer
                only) and start Fabric's peer (2.4 or later) with, besides your own settings:

                CORE_PEER_ID=%2$s
                CORE_PEER_LOCALMSPID=%1$s
                CORE_PEER_MSPCONFIGPATH=<this folder>/msp
                CORE_PEER_ADDRESS=%3$s:%4$d
                CORE_PEER_LISTENADDRESS=0.0.0.0:%4$d
                CORE_PEER_GOSSIP_EXTERNALENDPOINT=%3$s:%4$d
                CORE_PEER_TLS_ENABLED=true
                CORE_PEER_TLS_CERT_FILE=<this folder>/tls/server.crt
                CORE_PEER_TLS_KEY_FILE=<this folder>/tls/server.key
                CORE_PEER_TLS_ROOTCERT_FILE=<this folder>/tls/ca.crt
                CORE_PEER_GATEWAY_ENABLED=true

                The private keys in this folder were made for this download only; the portal keeps no copy.
                """.formatted(mspId, peerName, host, port);
    }

    private static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(peerFolder(file.getKey())));
                zip.write(file.getValue().getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String peerFolder(String path) {
        return "peer/" + path;
    }
}
