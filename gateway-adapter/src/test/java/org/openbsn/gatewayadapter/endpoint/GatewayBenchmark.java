package org.openbsn.gatewayadapter.endpoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.openbsn.devnet.msp.Identity;
import org.openbsn.devnet.msp.NodeOu;
import org.openbsn.gatewayadapter.api.AdmitParticipantCommand;
import org.openbsn.gatewayadapter.api.DefineGatewayApplicationCommand;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.gatewayadapter.api.GatewayRules;
import org.openbsn.gatewayadapter.api.SetGatewayQuotaCommand;
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
 * and 16 concurrent clients. Writes target/bench/gateway.json.
 */
@Tag("benchmark")
class GatewayBenchmark {

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
                try (Gateway gateway = Gateway.newInstance().identity(new X509Identity("Org1MSP", direct.certificate()))
                        .signer(Signers.newPrivateKeySigner(direct.privateKey())).connection(channel).connect()) {
                    Contract base = gateway.getNetwork("bench").getContract("base");
                    Setter submit = (key, value) -> base.submitTransaction("set", set(key, value));
                    Setter call = (key, value) -> {
                        JsonNode reply = participant.reqChainCode("", "set", set(key, value));
                        if (reply.path("header").path("code").asInt() != 0) {
                            throw new IllegalStateException("the gateway refused a benchmark call: " + reply);
                        }
                    };
                    run(submit, 4, 10, "warm-direct");
                    run(call, 4, 10, "warm-gateway");
                    report.put("oneClient", compare(run(submit, 1, 100, "direct-1"), run(call, 1, 100, "gateway-1")));
                    report.put("sixteenClients", compare(run(submit, 16, 40, "direct-16"), run(call, 16, 40, "gateway-16")));
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

    private static Map<String, Object> compare(Map<String, Object> direct, Map<String, Object> gateway) {
        double ratio = (double) gateway.get("transactionsPerSecond") / (double) direct.get("transactionsPerSecond");
        Map<String, Object> both = new LinkedHashMap<>();
        both.put("directFabricGateway", direct);
        both.put("reqChainCode", gateway);
        both.put("throughputRatio", Throughput.round(ratio));
        both.put("throughputCostPercent", Throughput.round((1 - ratio) * 100));
        return both;
    }

    private static Map<String, Object> run(Setter set, int clients, int perClient, String tag) throws Exception {
        return Throughput.run(clients, perClient, (client, i) -> set.set(tag + "-" + client + "-" + i, "v"));
    }
}
