package org.openbsn.gatewayadapter.endpoint;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
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
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.CertificateMode;
import org.openbsn.devnet.Devnet;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.gatewayadapter.api.AdmitParticipantCommand;
import org.openbsn.gatewayadapter.api.DefineGatewayApplicationCommand;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.gatewayadapter.api.GatewayRules;
import org.openbsn.gatewayadapter.api.SetGatewayQuotaCommand;
import org.openbsn.gatewayadapter.keys.BouncyCastleKeys;
import org.openbsn.gatewayadapter.keys.Pems;
import org.openbsn.gatewayadapter.protocol.GatewayCallers;
import org.openbsn.gatewayadapter.protocol.GatewayEndpoint;
import org.openbsn.gatewayadapter.protocol.GatewayQuotas;
import org.openbsn.gatewayadapter.protocol.GatewayServlet;
import org.openbsn.gatewayadapter.protocol.GatewaySigner;
import org.openbsn.gatewayadapter.protocol.ServedGateway;
import org.openbsn.infra.testing.Throughput;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * What the smart gateway costs: key-trust {@code reqChainCode} invokes over HTTP (mac check, nonce,
 * permission and quota checks, signing as the participant, commit, audit event, signed reply)
 * next to the same submits made directly with fabric-gateway, against one devnet in one run, at 1
 * and 16 concurrent clients, once the JIT compiler has settled; at 16 clients the two paths take
 * turns for three rounds. Writes target/bench/gateway.json.
 */
@Tag("benchmark")
class GatewayBenchmark {

    private static final int ROUNDS = 5;
    private static final int MOST_WARM_UP_ROUNDS = 40;

    static {
        // a business system calling from sixteen threads keeps sixteen connections alive, not the JDK's default five
        System.setProperty("http.maxConnections", "32");
    }

    @TempDir
    Path data;

    @Test
    void reqChainCodeNextToDirectSubmits() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data.resolve("devnet")))) {
            devnet.openChannel("bench", List.of("Org1MSP"));
            devnet.deployBaseChaincode("bench", "base");
            try (ConfigurableApplicationContext context = GatewayTestApplication.start(devnet)) {
                BsnTestClient participant = participant(devnet, context);
                Identity direct = devnet.organisation("Org1MSP").enroll("direct", NodeOu.CLIENT);
                ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", devnet.port())
                        .sslContext(GrpcSslContexts.forClient().trustManager(devnet.tlsCaCertificate()).build()).build();
                // the direct client signs with the same kind of key object as the gateway does, so that the
                // difference between the two paths is the gateway's own work
                try (Gateway gateway = Gateway.newInstance().identity(new X509Identity("Org1MSP", direct.certificate()))
                        .signer(Signers.newPrivateKeySigner(BouncyCastleKeys.privateKey(direct.privateKey())))
                        .connection(channel).connect()) {
                    Contract base = gateway.getNetwork("bench").getContract("base");
                    Setter submit = (key, value) -> base.submitTransaction("set", set(key, value));
                    Setter call = (key, value) -> {
                        JsonNode reply = participant.reqChainCode("", "set", set(key, value));
                        if (reply.path("header").path("code").asInt() != 0) {
                            throw new IllegalStateException("the gateway refused a benchmark call: " + reply);
                        }
                    };
                    report.put("warmUp", warmUp(submit, call));
                    // sixteen clients straight after the warm-up at sixteen: a quiet minute at one client lets the
                    // JVM flush code that is hot only under concurrency, and it would be compiling again meanwhile
                    List<Map<String, Object>> direct16 = new ArrayList<>();
                    List<Map<String, Object>> gateway16 = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        direct16.add(run(submit, 16, 120, "direct-16-" + round));
                        gateway16.add(run(call, 16, 120, "gateway-16-" + round));
                    }
                    Map<String, Object> oneClient = compare(List.of(run(submit, 1, 100, "direct-1")),
                            List.of(run(call, 1, 100, "gateway-1")));
                    report.put("oneClient", oneClient);
                    report.put("sixteenClients", compare(direct16, gateway16));
                } finally {
                    channel.shutdownNow();
                }
            }
        }
        report.put("targetMaxThroughputCostPercent", 15);
        report.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version")));
        Path out = Path.of("target", "bench", "gateway.json");
        Files.createDirectories(out.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
        System.out.println("Gateway benchmark written to " + out.toAbsolutePath() + ":\n" + Files.readString(out));
    }

    private static BsnTestClient participant(Devnet devnet, ConfigurableApplicationContext context) {
        GatewayAdministration administration = context.getBean(GatewayAdministration.class);
        var gatewayKey = Pems.newP256KeyPair();
        String certificate = Pems.of(devnet.organisation("Org1MSP").issue("gateway", NodeOu.CLIENT, gatewayKey.getPublic()));
        ServedGateway served = new ServedGateway(new GatewayServlet(new GatewaySigner(gatewayKey.getPrivate(), certificate),
                context.getBean(GatewayCallers.class), context.getBean(GatewayQuotas.class),
                new ArrayList<>(context.getBeansOfType(GatewayEndpoint.class).values()), 1 << 20));
        context.addApplicationListener(closed -> {
            if (closed instanceof ContextClosedEvent) {
                served.close();
            }
        });
        String app = "bench" + Long.toString(System.nanoTime(), 36);
        administration.define(new DefineGatewayApplicationCommand(app, "Benchmark", "bench", "Org1MSP", "base",
                CertificateMode.KEY_TRUST, ApplicationFunction.ofBaseChaincode(),
                List.of(ApplicationRole.sysAdminOf(ApplicationFunction.ofBaseChaincode()))));
        administration.setQuota(new SetGatewayQuotaCommand(app, "openbsn", GatewayRules.TPS_MAX));
        administration.admit(new AdmitParticipantCommand(app, "BENCH01", List.of(ApplicationRole.SYS_ADMIN)));
        var key = administration.issueAccessKey("BENCH01");
        return new BsnTestClient(served, gatewayKey.getPublic(), "BENCH01", app, Pems.privateKey(key.privateKeyPem()));
    }

    /** One write of a value under a key, by one of the two paths. */
    private interface Setter {
        void set(String key, String value) throws Exception;
    }

    private static String set(String key, String value) {
        return "{\"baseKey\":\"" + key + "\",\"baseValue\":\"" + value + "\"}";
    }

    /**
     * Runs both paths at 16 clients, round after round, until the JIT compiler has settled: a round
     * in which compiling took under 3% of the machine's time, or {@value #MOST_WARM_UP_ROUNDS} rounds.
     * What is measured afterwards is the steady state, not the compiler.
     */
    private static Map<String, Object> warmUp(Setter submit, Setter call) throws Exception {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        int cores = Runtime.getRuntime().availableProcessors();
        List<Double> compilingShares = new ArrayList<>();
        for (int round = 0; round < MOST_WARM_UP_ROUNDS; round++) {
            long compiledBefore = compiler.getTotalCompilationTime();
            long started = System.nanoTime();
            run(submit, 16, 40, "warm-direct-" + round);
            run(call, 16, 40, "warm-gateway-" + round);
            double elapsedMillis = (System.nanoTime() - started) / 1e6;
            double share = (compiler.getTotalCompilationTime() - compiledBefore) / (elapsedMillis * cores);
            compilingShares.add(Throughput.round(share * 100));
            if (share < 0.03) {
                break;
            }
        }
        return Map.of("rounds", compilingShares.size(), "compilingPercentOfCpuPerRound", compilingShares);
    }

    /** Both paths' figures over all their runs (transactions over seconds, the median run's latencies), and each run's. */
    private static Map<String, Object> compare(List<Map<String, Object>> direct, List<Map<String, Object>> gateway) {
        Map<String, Object> directAll = overall(direct);
        Map<String, Object> gatewayAll = overall(gateway);
        double ratio = (double) gatewayAll.get("transactionsPerSecond") / (double) directAll.get("transactionsPerSecond");
        Map<String, Object> both = new LinkedHashMap<>();
        both.put("directFabricGateway", directAll);
        both.put("reqChainCode", gatewayAll);
        both.put("throughputRatio", Throughput.round(ratio));
        both.put("throughputCostPercent", Throughput.round((1 - ratio) * 100));
        if (direct.size() > 1) {
            both.put("runs", Map.of("directFabricGateway", direct, "reqChainCode", gateway));
        }
        return both;
    }

    private static Map<String, Object> overall(List<Map<String, Object>> runs) {
        if (runs.size() == 1) {
            return runs.get(0);
        }
        long transactions = runs.stream().mapToLong(run -> ((Number) run.get("transactions")).longValue()).sum();
        double seconds = runs.stream().mapToDouble(run -> (double) run.get("seconds")).sum();
        List<Map<String, Object>> byThroughput = runs.stream()
                .sorted(Comparator.comparingDouble(run -> (double) run.get("transactionsPerSecond"))).toList();
        Map<String, Object> median = byThroughput.get(byThroughput.size() / 2);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("clients", median.get("clients"));
        all.put("runs", runs.size());
        all.put("transactions", transactions);
        all.put("seconds", Throughput.round(seconds));
        all.put("transactionsPerSecond", Throughput.round(transactions / seconds));
        all.put("medianRunLatencyP50Ms", median.get("latencyP50Ms"));
        all.put("medianRunLatencyP99Ms", median.get("latencyP99Ms"));
        all.put("processCpuMsPerTransaction", Throughput.round(runs.stream()
                .mapToDouble(run -> (double) run.get("processCpuMsPerTransaction")).average().orElseThrow()));
        return all;
    }

    private static Map<String, Object> run(Setter set, int clients, int perClient, String tag) throws Exception {
        return Throughput.run(clients, perClient, (client, i) -> set.set(tag + "-" + client + "-" + i, "v"));
    }
}
