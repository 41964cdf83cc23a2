package org.openbsn.devnet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.devnet.Devnet;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.infra.testing.Throughput;

/**
 * End-to-end submit throughput and latency through the unmodified fabric-gateway client against
 * devnet (TLS, base chaincode, blocks fsynced to disk), at 1 and 16 concurrent clients, and the
 * block commit rate. Writes target/bench/ledger.json.
 */
@Tag("benchmark")
class LedgerBenchmark {

    @TempDir
    Path data;

    @Test
    void submitThroughputAndLatency() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        Devnet.Settings settings = Devnet.Settings.defaults(data);
        try (Devnet devnet = Devnet.start(settings)) {
            ChannelLedger ledger = devnet.openChannel("bench", List.of("Org1MSP"));
            devnet.deployBaseChaincode("bench", "base");
            ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", devnet.port())
                    .sslContext(GrpcSslContexts.forClient().trustManager(devnet.tlsCaCertificate()).build()).build();
            Identity user = devnet.organisation("Org1MSP").enroll("bench", NodeOu.CLIENT);
            try (Gateway gateway = Gateway.newInstance().identity(new X509Identity("Org1MSP", user.certificate()))
                    .signer(Signers.newPrivateKeySigner(user.privateKey())).connection(channel).connect()) {
                Contract base = gateway.getNetwork("bench").getContract("base");
                run(base, ledger, 1, 20, "warm-up");
                report.put("batchSize", settings.batchSize());
                report.put("batchTimeoutMs", settings.batchTimeout().toMillis());
                report.put("oneClient", run(base, ledger, 1, 200, "one"));
                report.put("sixteenClients", run(base, ledger, 16, 100, "sixteen"));
            } finally {
                channel.shutdownNow();
            }
        }
        report.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version")));
        Path out = Path.of("target", "bench", "ledger.json");
        Files.createDirectories(out.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
        System.out.println("Ledger benchmark written to " + out.toAbsolutePath() + ":\n" + Files.readString(out));
    }

    private static Map<String, Object> run(Contract base, ChannelLedger ledger, int clients, int perClient, String tag)
            throws Exception {
        long blocksBefore = ledger.height();
        Map<String, Object> figures = Throughput.run(clients, perClient, (client, i) ->
                base.submitTransaction("set", "{\"baseKey\":\"" + tag + "-" + client + "-" + i + "\",\"baseValue\":\"v\"}"));
        long blocks = ledger.height() - blocksBefore;
        figures.put("blocks", blocks);
        figures.put("blocksPerSecond", Throughput.round(blocks / (double) figures.get("seconds")));
        return figures;
    }
}
