package org.openbsn.orderingbridge.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openbsn.fabric.admin.MutualTls;
import org.openbsn.fabric.config.Endpoint;
import org.openbsn.fabric.config.OrderingCluster;
import org.openbsn.fabric.network.ClusterAccess;

/**
 * The operator's ordering clusters on a real network, from a JSON file ({@code BSN_FABRIC_CLUSTERS}): for each
 * cluster id its orderer organisation (MSP id, CA and TLS CA certificate files), the admin's TLS client certificate
 * and key for the orderers' admin endpoints, and each orderer's host, port, admin port and TLS certificate file.
 * Every problem is named in one message, so a wrong file is fixed in one go.
 */
final class ClusterSettings {

    private ClusterSettings() {
    }

    static Map<String, ClusterAccess> read(Path file, List<String> clusterIds) {
        List<String> problems = new ArrayList<>();
        Map<String, ClusterAccess> clusters = new LinkedHashMap<>();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("The ordering clusters file " + file + " cannot be read as JSON: " + e.getMessage());
        }
        for (JsonNode cluster : root.path("clusters")) {
            String id = cluster.path("id").asText("");
            String where = "cluster '" + id + "'";
            String mspId = text(cluster, "mspId", where, problems);
            String ca = pem(cluster, "caCertFile", file, where, problems);
            String tlsCa = pem(cluster, "tlsCaCertFile", file, where, problems);
            String adminCert = pem(cluster, "adminClientCertFile", file, where, problems);
            String adminKey = pem(cluster, "adminClientKeyFile", file, where, problems);
            List<OrderingCluster.Consenter> consenters = new ArrayList<>();
            List<ClusterAccess.Orderer> orderers = new ArrayList<>();
            for (JsonNode orderer : cluster.path("orderers")) {
                String host = text(orderer, "host", where, problems);
                int port = orderer.path("port").asInt(0);
                int adminPort = orderer.path("adminPort").asInt(0);
                String tlsCert = pem(orderer, "tlsCertFile", file, where, problems);
                if (port < 1 || port > 65535 || adminPort < 1 || adminPort > 65535) {
                    problems.add(where + ": orderer " + host + " needs a port and an adminPort from 1 to 65535");
                    continue;
                }
                consenters.add(new OrderingCluster.Consenter(new Endpoint(host, port), tlsCert));
                orderers.add(new ClusterAccess.Orderer(host, port, adminPort, tlsCa));
            }
            if (orderers.isEmpty()) {
                problems.add(where + " names no orderer");
            }
            if (problems.isEmpty()) {
                clusters.put(id, new ClusterAccess(new OrderingCluster(mspId, ca, tlsCa, consenters), orderers,
                        MutualTls.sslContext(adminCert, adminKey, List.of(tlsCa))));
            }
        }
        for (String id : clusterIds) {
            if (!clusters.containsKey(id) && problems.stream().noneMatch(p -> p.contains("'" + id + "'"))) {
                problems.add("cluster '" + id + "' (BSN_ORDERING_CLUSTERS) is not described");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The ordering clusters file " + file + " is not usable: "
                    + String.join("; ", problems));
        }
        return clusters;
    }

    private static String text(JsonNode node, String field, String where, List<String> problems) {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            problems.add(where + ": " + field + " is missing");
        }
        return value;
    }

    private static String pem(JsonNode node, String field, Path file, String where, List<String> problems) {
        String name = text(node, field, where, problems);
        if (name.isBlank()) {
            return "";
        }
        Path path = file.toAbsolutePath().getParent().resolve(name);
        try {
            return Files.readString(path, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            problems.add(where + ": " + field + " " + path + " cannot be read");
            return "";
        }
    }
}
