package org.openbsn.fabric.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.fabric.admin.MutualTls;
import org.openbsn.fabric.msp.Pem;

/** A real Fabric 2.5 network from {@code BSN_FABRIC_BIN}: started, probed, grown, crashed and restarted, then gone. */
@Tag("real-fabric")
class RealFabricTest {

    @Test
    void startsOrderersAndPeersThatGrowSurviveACrashAndLeaveNothingBehind(@TempDir Path workDir) throws Exception {
        RealFabric.requireBinaries();
        long started = System.nanoTime();
        List<Long> pids = new ArrayList<>();
        try (RealFabric fabric = RealFabric.start(workDir)) {
            System.out.printf("RealFabric started 3 orderers and 2 peers in %d ms%n",
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            OrdererOrganisation ordering = fabric.ordererOrganisation();
            assertThat(ordering.orderers()).extracting(Orderer::name)
                    .containsExactly("orderer0", "orderer1", "orderer2");
            assertThat(fabric.peerOrganisations()).extracting(PeerOrganisation::mspId)
                    .containsExactly("Node1MSP", "Node2MSP");

            HttpClient admin = HttpClient.newBuilder().sslContext(ordering.adminSslContext()).build();
            HttpClient anonymous = HttpClient.newBuilder()
                    .sslContext(MutualTls.serverTrustOnly(List.of(Pem.of(ordering.tlsCaCertificate())))).build();
            for (Orderer orderer : ordering.orderers()) {
                assertThat(channels(admin, orderer)).isEqualTo("200 {\"systemChannel\":null,\"channels\":null}");
                // TLS 1.3 reports the missing client certificate as an alert or, once the handshake is done, a reset
                assertThatThrownBy(() -> channels(anonymous, orderer)).as("no HTTP answer without a client certificate")
                        .isInstanceOf(IOException.class)
                        .rootCause().message().containsAnyOf("certificate", "Connection reset");
            }
            for (PeerOrganisation organisation : fabric.peerOrganisations()) {
                assertThat(healthz(organisation.peer("peer0").operationsPort())).startsWith("200 {\"status\":\"OK\"");
            }

            PeerOrganisation third = fabric.addPeerOrganisation("Node3MSP");
            assertThat(healthz(third.peer("peer0").operationsPort())).startsWith("200 {\"status\":\"OK\"");
            assertThat(fabric.peerOrganisations()).extracting(PeerOrganisation::mspId).contains("Node3MSP");
            assertThatThrownBy(() -> fabric.addPeerOrganisation("Node1MSP")).hasMessageContaining("exists already");

            Peer peer = fabric.peerOrganisation("Node2MSP").peer("peer0");
            for (String crashing : List.of("orderer1", peer.processName())) {
                long before = fabric.pid(crashing);
                fabric.kill(crashing);
                assertThat(ProcessHandle.of(before).filter(ProcessHandle::isAlive)).as(crashing).isEmpty();
                assertThat(fabric.isRunning(crashing)).isFalse();
                fabric.restart(crashing);
                assertThat(fabric.pid(crashing)).isNotEqualTo(before);
            }
            assertThat(channels(admin, ordering.orderer("orderer1"))).startsWith("200 ");
            assertThat(healthz(peer.operationsPort())).startsWith("200 {\"status\":\"OK\"");

            fabric.processNames().forEach(name -> pids.add(fabric.pid(name)));
            assertThat(pids).hasSize(6);
        }
        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("pid %d after close", pid).isEmpty();
        }
    }

    private static String channels(HttpClient client, Orderer orderer) throws IOException, InterruptedException {
        URI uri = Probes.channelsUri(orderer.host(), orderer.adminPort());
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body().strip();
    }

    private static String healthz(int port) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + port + "/healthz");
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body().strip();
    }
}
