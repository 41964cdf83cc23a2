package org.openbsn.fabric.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.openbsn.fabric.testing.LocalMsp.TlsFiles;

/**
 * The configuration of one Fabric process: a copy of Fabric's sample config folder, edited where the environment
 * cannot reach (the peer's docker endpoint and external builders), and the environment that sets everything else.
 */
final class NodeConfig {

    private static final String HOST = "127.0.0.1";
    // Fabric's default format without its colour codes, so that logs and failure messages read as plain text
    private static final String LOG_FORMAT =
            "%{time:2006-01-02 15:04:05.000 MST} [%{module}] %{shortfunc} -> %{level:.4s} %{id:03x} %{message}";

    private NodeConfig() {
    }

    /** Copies {@code fabricHome/config} to {@code target}; in its {@code core.yaml}, no docker and the ccaas builder. */
    static Path copySampleConfig(Path fabricHome, Path target) {
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(fabricHome.resolve("config"))) {
                for (Path file : files.toList()) {
                    Path copy = target.resolve(file.getFileName().toString());
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    copy.toFile().setWritable(true, true);
                }
            }
            Path core = target.resolve("core.yaml");
            String text = Files.readString(core, StandardCharsets.UTF_8);
            text = replaceOnce(text, "    endpoint: unix:///var/run/docker.sock\n", "    endpoint: \"\"\n");
            text = replaceOnce(text, "         path: /opt/hyperledger/ccaas_builder\n",
                    "         path: " + fabricHome.resolve("builders/ccaas").toAbsolutePath() + "\n");
            Files.writeString(core, text, StandardCharsets.UTF_8);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy Fabric's sample config to " + target, e);
        }
    }

    /** An etcdraft orderer with no system channel, channel participation on an mTLS admin endpoint. */
    static Map<String, String> orderer(String mspId, Path directory, Path msp, TlsFiles tls, Path adminClientCa,
                                       int port, int adminPort, int operationsPort) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("FABRIC_CFG_PATH", directory.resolve("config").toString());
        env.put("FABRIC_LOGGING_FORMAT", LOG_FORMAT);
        env.put("ORDERER_GENERAL_LISTENADDRESS", HOST);
        env.put("ORDERER_GENERAL_LISTENPORT", String.valueOf(port));
        env.put("ORDERER_GENERAL_LOCALMSPID", mspId);
        env.put("ORDERER_GENERAL_LOCALMSPDIR", msp.toString());
        env.put("ORDERER_GENERAL_BOOTSTRAPMETHOD", "none");
        env.put("ORDERER_GENERAL_TLS_ENABLED", "true");
        env.put("ORDERER_GENERAL_TLS_CERTIFICATE", tls.certificate().toString());
        env.put("ORDERER_GENERAL_TLS_PRIVATEKEY", tls.privateKey().toString());
        env.put("ORDERER_GENERAL_TLS_ROOTCAS", "[" + tls.ca() + "]");
        // raft traffic shares the general listener; the TLS pair is each orderer's consenter identity
        env.put("ORDERER_GENERAL_CLUSTER_CLIENTCERTIFICATE", tls.certificate().toString());
        env.put("ORDERER_GENERAL_CLUSTER_CLIENTPRIVATEKEY", tls.privateKey().toString());
        env.put("ORDERER_CHANNELPARTICIPATION_ENABLED", "true");
        env.put("ORDERER_ADMIN_LISTENADDRESS", HOST + ":" + adminPort);
        env.put("ORDERER_ADMIN_TLS_ENABLED", "true");
        env.put("ORDERER_ADMIN_TLS_CERTIFICATE", tls.certificate().toString());
        env.put("ORDERER_ADMIN_TLS_PRIVATEKEY", tls.privateKey().toString());
        env.put("ORDERER_ADMIN_TLS_ROOTCAS", "[" + tls.ca() + "]");
        env.put("ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED", "true");
        env.put("ORDERER_ADMIN_TLS_CLIENTROOTCAS", "[" + adminClientCa + "]");
        env.put("ORDERER_OPERATIONS_LISTENADDRESS", HOST + ":" + operationsPort);
        env.put("ORDERER_FILELEDGER_LOCATION", directory.resolve("ledger").toString());
        env.put("ORDERER_CONSENSUS_WALDIR", directory.resolve("etcdraft/wal").toString());
        env.put("ORDERER_CONSENSUS_SNAPDIR", directory.resolve("etcdraft/snapshot").toString());
        return env;
    }

    /** A peer without docker: goleveldb, the Gateway service, the ccaas builder, TLS on its server side. */
    static Map<String, String> peer(String mspId, String peerId, Path directory, Path msp, TlsFiles tls,
                                    int port, int chaincodePort, int operationsPort) {
        String address = HOST + ":" + port;
        Map<String, String> env = new LinkedHashMap<>();
        env.put("FABRIC_CFG_PATH", directory.resolve("config").toString());
        env.put("FABRIC_LOGGING_FORMAT", LOG_FORMAT);
        env.put("CORE_PEER_ID", peerId);
        env.put("CORE_PEER_LOCALMSPID", mspId);
        env.put("CORE_PEER_MSPCONFIGPATH", msp.toString());
        env.put("CORE_PEER_LISTENADDRESS", address);
        env.put("CORE_PEER_ADDRESS", address);
        env.put("CORE_PEER_CHAINCODELISTENADDRESS", HOST + ":" + chaincodePort);
        env.put("CORE_PEER_CHAINCODEADDRESS", HOST + ":" + chaincodePort);
        // a single peer per organisation leads its own gossip; other organisations find it through its external endpoint
        env.put("CORE_PEER_GOSSIP_BOOTSTRAP", address);
        env.put("CORE_PEER_GOSSIP_ENDPOINT", address);
        env.put("CORE_PEER_GOSSIP_EXTERNALENDPOINT", address);
        env.put("CORE_PEER_GOSSIP_USELEADERELECTION", "false");
        env.put("CORE_PEER_GOSSIP_ORGLEADER", "true");
        // a peer that meets another organisation's before both joined a channel retries after reconnectInterval (25 s by
        // default): a network of loopback peers settles in seconds
        env.put("CORE_PEER_GOSSIP_RECONNECTINTERVAL", "2s");
        env.put("CORE_PEER_GOSSIP_ALIVETIMEINTERVAL", "1s");
        env.put("CORE_PEER_GOSSIP_ALIVEEXPIRATIONTIMEOUT", "5s");
        env.put("CORE_PEER_TLS_ENABLED", "true");
        env.put("CORE_PEER_TLS_CERT_FILE", tls.certificate().toString());
        env.put("CORE_PEER_TLS_KEY_FILE", tls.privateKey().toString());
        env.put("CORE_PEER_TLS_ROOTCERT_FILE", tls.ca().toString());
        env.put("CORE_PEER_GATEWAY_ENABLED", "true");
        env.put("CORE_PEER_FILESYSTEMPATH", directory.resolve("data").toString());
        env.put("CORE_LEDGER_STATE_STATEDATABASE", "goleveldb");
        env.put("CORE_LEDGER_SNAPSHOTS_ROOTDIR", directory.resolve("snapshots").toString());
        env.put("CORE_OPERATIONS_LISTENADDRESS", HOST + ":" + operationsPort);
        return env;
    }

    private static String replaceOnce(String text, String expected, String replacement) {
        int at = text.indexOf(expected);
        if (at < 0 || text.indexOf(expected, at + 1) >= 0) {
            throw new IllegalStateException("Fabric's sample core.yaml does not hold exactly one '" + expected.strip()
                    + "'; is BSN_FABRIC_BIN a Fabric 2.5 release?");
        }
        return text.substring(0, at) + replacement + text.substring(at + expected.length());
    }
}
