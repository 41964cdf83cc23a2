package org.openbsn.devnet.chaincode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The base chaincode, served by the real Fabric Java shim as chaincode-as-a-service on loopback,
 * driven through devnet's side of the chaincode protocol.
 */
class BaseChaincodeProtocolTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static ServedBaseChaincode served;
    private static ChaincodeConnection chaincode;

    private final CommittingLedger ledger = new CommittingLedger();

    @BeforeAll
    static void serveTheChaincode() throws Exception {
        served = ServedBaseChaincode.start();
        chaincode = served.connection();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private Simulation call(String function, String... args) {
        List<byte[]> input = new ArrayList<>();
        input.add(function.getBytes(StandardCharsets.UTF_8));
        Arrays.stream(args).forEach(arg -> input.add(arg.getBytes(StandardCharsets.UTF_8)));
        return chaincode.invoke("channel-1", UUID.randomUUID().toString(), input, ledger, PATIENCE);
    }

    private Simulation commit(String function, String... args) {
        String txId = UUID.randomUUID().toString();
        List<byte[]> input = new ArrayList<>();
        input.add(function.getBytes(StandardCharsets.UTF_8));
        Arrays.stream(args).forEach(arg -> input.add(arg.getBytes(StandardCharsets.UTF_8)));
        Simulation simulation = chaincode.invoke("channel-1", txId, input, ledger, PATIENCE);
        if (simulation.succeeded()) {
            ledger.commit(txId, simulation);
        }
        return simulation;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void theChaincodeRegistersWithItsPackageId() {
        assertThat(chaincode.chaincodeName()).isEqualTo(ServedBaseChaincode.PACKAGE_ID);
    }

    @Test
    void setStoresJsonUnderThePrefixedKeyAndRaisesAnEvent() {
        String input = "{\"baseKey\":\"k1\",\"baseValue\":\"杭州\"}";
        Simulation set = commit("set", input);
        assertThat(set.status()).isEqualTo(200);
        assertThat(text(set.payload())).isEqualTo("SUCCESS");
        assertThat(set.writes()).containsOnlyKeys("base_key_k1");
        assertThat(text(set.writes().get("base_key_k1"))).isEqualTo("{\"baseKey\":\"k1\",\"baseValue\":\"杭州\"}");
        assertThat(set.event().getEventName()).isEqualTo("event_set");
        assertThat(set.event().getPayload().toStringUtf8()).isEqualTo(input);

        Simulation get = call("get", "k1");
        assertThat(text(get.payload())).isEqualTo("{\"baseKey\":\"k1\",\"baseValue\":\"杭州\"}");
        assertThat(get.reads()).containsKey("base_key_k1");
        assertThat(get.writes()).isEmpty();
    }

    @Test
    void setRefusesAnExistingKeyAndUpdateOrDeleteAMissingOne() {
        commit("set", "{\"baseKey\":\"k2\",\"baseValue\":\"v\"}");
        Simulation again = call("set", "{\"baseKey\":\"k2\",\"baseValue\":\"w\"}");
        assertThat(again.status()).isEqualTo(500);
        assertThat(again.message()).contains("already exists");
        assertThat(again.writes()).isEmpty();
        assertThat(call("update", "{\"baseKey\":\"missing\",\"baseValue\":\"w\"}").message()).contains("does not exist");
        assertThat(call("delete", "missing").message()).contains("does not exist");
        assertThat(call("get", "missing").message()).contains("does not exist");
    }

    @Test
    void updateDeleteAndHistoryFollowTheKey() {
        commit("set", "{\"baseKey\":\"k3\",\"baseValue\":\"one\"}");
        Simulation update = commit("update", "{\"baseKey\":\"k3\",\"baseValue\":\"two\"}");
        assertThat(update.event().getEventName()).isEqualTo("event_update");
        Simulation delete = commit("delete", "k3");
        assertThat(delete.event().getEventName()).isEqualTo("event_delete");
        assertThat(delete.event().getPayload().toStringUtf8()).isEqualTo("k3");
        assertThat(delete.writes()).containsEntry("base_key_k3", null);

        String history = text(call("getHistory", "k3").payload());
        assertThat(history).startsWith("[{\"txId\":").contains("\"dataInfo\":\"{\\\"baseKey\\\":\\\"k3\\\",\\\"baseValue\\\":\\\"one\\\"}\"")
                .contains("\\\"two\\\"").contains("\"isDelete\":true");
        assertThat(history).matches(".*\"txTime\":\"\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\".*");
    }

    @Test
    void badArgumentsAreRefusedWithAClearMessage() {
        assertThat(call("set", "{\"baseKey\":\"  \",\"baseValue\":\"v\"}").message()).contains("must not be blank");
        assertThat(call("set", "not json").message()).contains("not valid JSON");
        assertThat(call("get", "a", "b").message()).contains("takes 1 argument(s), not 2");
        assertThat(call("drop", "a").message()).contains("Unknown function 'drop'");
    }
}
