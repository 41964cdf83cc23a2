package org.openbsn.devnet.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.basechaincode.testing.SamplePackages;
import org.openbsn.devnet.Devnet;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.infra.error.DomainException;

/**
 * Marketplace packages (the real runnable base-chaincode jar, packed as an author uploads it) run on devnet in a
 * process of their own, answer evaluations through fabric-gateway, and keep answering after devnet restarts.
 */
class MarketplacePackagesOnDevnetTest {

    private static final String LABEL = "trace_1.0.0";
    private static final byte[] PACKAGE = SamplePackages.packageFor(LABEL);
    private static final String ID = SamplePackages.fabricPackageId(LABEL, PACKAGE);

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Records a value through a participant's own fabric-gateway client (a transaction, ordered and committed). */
    private static void record(Devnet devnet, String channelId, String key, String value) throws Exception {
        Identity user = devnet.organisation("Org1MSP").enroll("recorder", NodeOu.CLIENT);
        ManagedChannel grpc = NettyChannelBuilder.forAddress("127.0.0.1", devnet.port())
                .sslContext(GrpcSslContexts.forClient().trustManager(devnet.tlsCaCertificate()).build()).build();
        try (Gateway gateway = Gateway.newInstance().identity(new X509Identity("Org1MSP", user.certificate()))
                .signer(Signers.newPrivateKeySigner(user.privateKey())).connection(grpc).connect()) {
            gateway.getNetwork(channelId).getContract("trace")
                    .submitTransaction("set", "{\"baseKey\":\"" + key + "\",\"baseValue\":\"" + value + "\"}");
        } finally {
            grpc.shutdownNow();
        }
    }

    @Test
    void onePackageServesTwoChannelsFromOneProcessAndStillAnswersAfterARestart(@TempDir Path data) throws Exception {
        long firstProcess;
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data.resolve("devnet")));
             ChaincodeLauncher launcher = PortalSide.launcher(data);
             DevnetChannelAdministration ledger = PortalSide.administration(devnet, launcher, Map.of(ID, PACKAGE))) {
            ledger.createChannel("chtrace-a", List.of("Org1MSP"));
            ledger.createChannel("chtrace-b", List.of("Org1MSP"));
            ledger.deployChaincode("chtrace-a", "trace", "package", ID, 1);
            firstProcess = launcher.processOf(ID).orElseThrow();
            ledger.deployChaincode("chtrace-b", "trace", "package", ID, 1);
            assertThat(launcher.processOf(ID)).as("the second channel uses the same process").contains(firstProcess);
            assertThat(firstProcess).isNotEqualTo(ProcessHandle.current().pid());

            record(devnet, "chtrace-a", "crate-7", "Xi'an to Chengdu");
            assertThat(text(ledger.evaluate("chtrace-a", "trace", "get", List.of("crate-7"))))
                    .isEqualTo("{\"baseKey\":\"crate-7\",\"baseValue\":\"Xi'an to Chengdu\"}");
            assertThat(text(ledger.evaluate("chtrace-b", "trace", "getHistory", List.of("crate-7")))).isEqualTo("[]");
            assertThatThrownBy(() -> ledger.evaluate("chtrace-b", "trace", "get", List.of("crate-7")))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("Chaincode trace on channel chtrace-b refused get")
                    .hasMessageContaining("The key 'crate-7' does not exist");
        }
        assertThat(ProcessHandle.of(firstProcess).filter(ProcessHandle::isAlive)).as("stopped with the portal").isEmpty();

        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data.resolve("devnet")));
             ChaincodeLauncher launcher = PortalSide.launcher(data);
             DevnetChannelAdministration ledger = PortalSide.administration(devnet, launcher, Map.of())) {
            launcher.resume(devnet.chaincodeServers().keySet());
            assertThat(launcher.processOf(ID)).isPresent().get().isNotEqualTo(firstProcess);
            assertThat(text(ledger.evaluate("chtrace-a", "trace", "get", List.of("crate-7")))).contains("Xi'an to Chengdu");
            record(devnet, "chtrace-b", "crate-8", "Lanzhou");
            assertThat(text(ledger.evaluate("chtrace-b", "trace", "get", List.of("crate-8")))).contains("Lanzhou");
        }
    }

    @Test
    void aHigherSequenceWithAnotherVersionReplacesTheChannelsChaincodeAndKeepsItsState(@TempDir Path data) throws Exception {
        byte[] next = SamplePackages.packageFor("trace_2.0.0");
        String nextId = SamplePackages.fabricPackageId("trace_2.0.0", next);
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data.resolve("devnet")));
             ChaincodeLauncher launcher = PortalSide.launcher(data);
             DevnetChannelAdministration ledger = PortalSide.administration(devnet, launcher, Map.of(ID, PACKAGE, nextId, next))) {
            ledger.createChannel("chupgrade", List.of("Org1MSP"));
            ledger.deployChaincode("chupgrade", "trace", "package", ID, 1);
            record(devnet, "chupgrade", "crate-9", "packed");

            ledger.deployChaincode("chupgrade", "trace", "package", nextId, 2);
            assertThat(devnet.chaincodeServers()).containsOnlyKeys(nextId);
            assertThat(launcher.processOf(nextId)).isPresent().isNotEqualTo(launcher.processOf(ID));
            assertThat(text(ledger.evaluate("chupgrade", "trace", "get", List.of("crate-9")))).contains("packed");
        }
    }

    @Test
    void aPackageWhoseChaincodeExitsAtOnceIsRefusedWithTheEndOfItsLog(@TempDir Path data) {
        byte[] broken = SamplePackages.brokenPackageFor("broken_1.0");
        String brokenId = SamplePackages.fabricPackageId("broken_1.0", broken);
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data.resolve("devnet")));
             ChaincodeLauncher launcher = PortalSide.launcher(data);
             DevnetChannelAdministration ledger = PortalSide.administration(devnet, launcher, Map.of(brokenId, broken))) {
            ledger.createChannel("chbroken", List.of("Org1MSP"));
            assertThatThrownBy(() -> ledger.deployChaincode("chbroken", "broken", "package", brokenId, 1))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("The chaincode of package " + brokenId + " exited with code 1")
                    .hasMessageContaining("no main manifest attribute");
            assertThat(launcher.processOf(brokenId)).isEmpty();
            assertThat(devnet.chaincodeServers()).doesNotContainKey(brokenId);
        }
    }

    @Test
    void aFileThatDoesNotMatchItsPackageIdIsNeverRun(@TempDir Path data) {
        String otherId = SamplePackages.fabricPackageId(LABEL, "another file".getBytes(StandardCharsets.UTF_8));
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data.resolve("devnet")));
             ChaincodeLauncher launcher = PortalSide.launcher(data);
             DevnetChannelAdministration ledger = PortalSide.administration(devnet, launcher, Map.of(otherId, PACKAGE))) {
            ledger.createChannel("chforged", List.of("Org1MSP"));
            assertThatThrownBy(() -> ledger.deployChaincode("chforged", "trace", "package", otherId, 1))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("The file of package " + otherId + " does not match its id: its SHA-256 is "
                            + ID.substring(ID.indexOf(':') + 1));
            assertThat(launcher.processOf(otherId)).isEmpty();
            assertThat(Files.exists(data.resolve("chaincode").resolve(otherId.substring(otherId.indexOf(':') + 1))
                    .resolve("chaincode.jar"))).isFalse();
        }
    }

    @Test
    void refusesPackagesItCannotFetchInWords(@TempDir Path data) {
        try (Devnet devnet = Devnet.start(Devnet.Settings.defaults(data.resolve("devnet")));
             ChaincodeLauncher launcher = PortalSide.launcher(data);
             DevnetChannelAdministration unknown = PortalSide.administration(devnet, launcher, Map.of());
             DevnetChannelAdministration noMarketplace = new DevnetChannelAdministration(devnet, launcher,
                     Optional::empty, new LedgerEvaluator(PortalSide.connection(devnet)))) {
            unknown.createChannel("chnone", List.of("Org1MSP"));
            assertThatThrownBy(() -> unknown.deployChaincode("chnone", "trace", "package", ID, 1))
                    .isInstanceOf(DomainException.class).hasMessage("The marketplace holds no package " + ID);
            assertThatThrownBy(() -> noMarketplace.deployChaincode("chnone", "trace", "package", ID, 1))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("Package " + ID + " cannot be deployed: this portal has no marketplace to take packages from");
        }
    }
}
