package org.openbsn.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.devnet.policy.EndorsementPolicy;

/**
 * The base chaincode in a JVM of its own, served as chaincode-as-a-service the way a ccaas package's
 * connection.json points a Fabric peer at it: devnet reaches it, fails at once while it is down,
 * and reaches it again once it is back on the same address.
 */
class ExternalChaincodeTest {

    private static final String PACKAGE_ID = "base_1.0:" + "5e".repeat(32);

    @TempDir
    static Path data;
    private static int port;
    private static Process chaincode;
    private static Devnet devnet;
    private static ManagedChannel channel;
    private static Gateway gateway;

    @BeforeAll
    static void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        chaincode = startChaincode();
        devnet = Devnet.start(Devnet.Settings.defaults(data.resolve("devnet")));
        devnet.openChannel("app-1", List.of("Org1MSP"));
        devnet.deployChaincode("app-1", "base", new InetSocketAddress("127.0.0.1", port), PACKAGE_ID,
                EndorsementPolicy.majority());
        channel = Clients.tls(devnet);
        gateway = Clients.connect(devnet, channel, "Org1MSP", "user1", NodeOu.CLIENT);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        try {
            if (gateway != null) {
                gateway.close();
                channel.shutdownNow();
            }
            if (devnet != null) {
                devnet.close();
            }
        } finally {
            stopChaincode();
        }
    }

    /** {@code java -cp <this test's class path> org.openbsn.basechaincode.BaseChaincode}, configured as a ccaas server. */
    private static Process startChaincode() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.openbsn.basechaincode.BaseChaincode");
        builder.environment().put("CHAINCODE_SERVER_ADDRESS", "127.0.0.1:" + port);
        builder.environment().put("CORE_CHAINCODE_ID_NAME", PACKAGE_ID);
        Path log = data.resolve("chaincode.log");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return process;
            } catch (IOException notYetListening) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new AssertionError("the chaincode process did not start listening on " + port + ":\n"
                            + Files.readString(log, StandardCharsets.UTF_8));
                }
                Thread.sleep(100);
            }
        }
    }

    private static void stopChaincode() throws InterruptedException {
        if (chaincode != null) {
            chaincode.destroyForcibly();
            assertThat(chaincode.waitFor(30, TimeUnit.SECONDS)).as("the chaincode process ended").isTrue();
        }
    }

    private static Contract base() {
        return gateway.getNetwork("app-1").getContract("base");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void submitsAndEvaluatesThroughTheChaincodeInItsOwnProcess() throws Exception {
        assertThat(chaincode.pid()).isNotEqualTo(ProcessHandle.current().pid());
        assertThat(text(base().submitTransaction("set", "{\"baseKey\":\"p1\",\"baseValue\":\"西安\"}"))).isEqualTo("SUCCESS");
        assertThat(text(base().evaluateTransaction("get", "p1"))).isEqualTo("{\"baseKey\":\"p1\",\"baseValue\":\"西安\"}");
        assertThat(text(base().evaluateTransaction("getHistory", "p1"))).contains("西安");
    }

    @Test
    void aStoppedChaincodeFailsProposalsAtOnceAndIsReachedAgainOnceRestarted() throws Exception {
        base().submitTransaction("set", "{\"baseKey\":\"r1\",\"baseValue\":\"before\"}");
        stopChaincode();

        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            assertThatThrownBy(() -> base().evaluateTransaction("get", "r1"))
                    .isInstanceOf(GatewayException.class)
                    .hasMessageContaining("chaincode base (package " + PACKAGE_ID)
                    .hasMessageContaining("is unavailable")
                    .satisfies(e -> assertThat(((GatewayException) e).getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
            assertThatThrownBy(() -> base().submitTransaction("set", "{\"baseKey\":\"r2\",\"baseValue\":\"x\"}"))
                    .isInstanceOf(EndorseException.class)
                    .hasMessageContaining("chaincode base")
                    .satisfies(e -> assertThat(((GatewayException) e).getStatus().getCode()).isEqualTo(Status.Code.ABORTED));
        }, "a proposal to a stopped chaincode fails at once instead of waiting");

        chaincode = startChaincode();
        assertThat(text(base().evaluateTransaction("get", "r1"))).as("state stays with the peer").contains("before");
        var next = base().newProposal("set").addArguments("{\"baseKey\":\"r2\",\"baseValue\":\"after\"}").build()
                .endorse().submitAsync();
        assertThat(next.getStatus().getCode()).isEqualTo(TxValidationCode.VALID);
    }
}
