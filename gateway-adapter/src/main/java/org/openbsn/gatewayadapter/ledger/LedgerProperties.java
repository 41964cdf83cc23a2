package org.openbsn.gatewayadapter.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openbsn.infra.ledger.LedgerConnection;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which Fabric network the portal uses: {@code devnet} (in-process, the default) or {@code fabric}
 * (real peers with their Gateway service enabled, named in {@link Fabric}). {@code deadline} bounds
 * every endorse, submit and evaluate.
 */
@ConfigurationProperties("bsn.ledger")
public record LedgerProperties(@DefaultValue("devnet") String network, @DefaultValue("10s") Duration deadline,
                               @DefaultValue Fabric fabric) {

    public boolean realFabric() {
        return "fabric".equalsIgnoreCase(network);
    }

    /**
     * A real network: peers as {@code host:port} (tried in order), a PEM file with the CA
     * certificate(s) of their TLS certificates, optionally the host name their certificates carry,
     * the portal's identity (MSP id, certificate and PKCS#8 private key files), and the MSP id of the
     * participant organisation whose CA the portal keeps (every application channel includes it).
     */
    public record Fabric(List<String> peers, Path tlsCaFile, String serverName, String mspId, Path certificateFile,
                         Path privateKeyFile, @DefaultValue(DEFAULT_PARTICIPANTS_MSP_ID) String participantsMspId) {

        public static final String DEFAULT_PARTICIPANTS_MSP_ID = "ParticipantsMSP";

        /** The participant organisation's MSP id ({@code ParticipantsMSP} unless set). */
        @Override
        public String participantsMspId() {
            return participantsMspId == null || participantsMspId.isBlank() ? DEFAULT_PARTICIPANTS_MSP_ID
                    : participantsMspId.trim();
        }

        /** The connection these settings describe; every missing or unreadable setting is named in one message. */
        public LedgerConnection connection() {
            List<String> problems = new ArrayList<>();
            List<String> endpoints = peers == null ? List.of() : peers.stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
            if (endpoints.isEmpty()) {
                problems.add("BSN_FABRIC_PEERS (host:port of at least one peer) is not set");
            }
            String tlsCa = read(tlsCaFile, "BSN_FABRIC_TLS_CA", problems);
            String certificate = read(certificateFile, "BSN_FABRIC_CERT", problems);
            String privateKey = read(privateKeyFile, "BSN_FABRIC_KEY", problems);
            if (mspId == null || mspId.isBlank()) {
                problems.add("BSN_FABRIC_MSP_ID is not set");
            }
            List<LedgerConnection.Peer> parsed = new ArrayList<>();
            for (String endpoint : endpoints) {
                int colon = endpoint.lastIndexOf(':');
                try {
                    parsed.add(new LedgerConnection.Peer(endpoint.substring(0, colon),
                            Integer.parseInt(endpoint.substring(colon + 1)), tlsCa, serverName == null ? "" : serverName));
                } catch (RuntimeException malformed) {
                    problems.add("BSN_FABRIC_PEERS entry '" + endpoint + "' is not host:port");
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("bsn.ledger.network is fabric, but: " + String.join("; ", problems));
            }
            return new LedgerConnection(parsed, mspId, certificate, privateKey);
        }

        private static String read(Path file, String setting, List<String> problems) {
            if (file == null) {
                problems.add(setting + " (a PEM file) is not set");
                return "";
            }
            try {
                return Files.readString(file, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                problems.add(setting + " file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
                return "";
            }
        }
    }
}
