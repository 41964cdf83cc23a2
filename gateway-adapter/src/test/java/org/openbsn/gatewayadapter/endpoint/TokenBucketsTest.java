package org.openbsn.gatewayadapter.endpoint;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openbsn.gatewayadapter.api.GatewayQuotaView;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;

/** The gateway's TPS enforcement, on a clock the test moves. */
class TokenBucketsTest {

    private static final long MILLI = 1_000_000L;

    private final Map<String, Integer> bought = new HashMap<>();
    private long now = 5_000 * MILLI;
    private final TokenBuckets buckets = new TokenBuckets(
            (app, node) -> Optional.ofNullable(bought.get(app + "@" + node)).map(tps -> new GatewayQuotaView(app, node, tps, 0)),
            new GatewayNodeProperties("hangzhou", Duration.ofSeconds(2)), () -> now);

    @Test
    void admitsOneSecondsWorthAtOnceThenRefusesWithTheWaitNeverQueueing() {
        bought.put("trace@hangzhou", 4);
        for (int call = 0; call < 4; call++) {
            assertThatCode(() -> buckets.take("trace")).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> buckets.take("trace")).isInstanceOf(GatewayRefusal.class)
                .hasMessage("application trace is over its purchased 4 TPS on city node hangzhou; retry in 250 ms");
        now += 100 * MILLI;
        assertThatThrownBy(() -> buckets.take("trace")).hasMessageEndingWith("retry in 150 ms");
        now += 150 * MILLI;
        assertThatCode(() -> buckets.take("trace")).doesNotThrowAnyException();
        assertThatThrownBy(() -> buckets.take("trace")).isInstanceOf(GatewayRefusal.class);
    }

    @Test
    void refillsAtThePurchasedRateButNeverBeyondOneSecondsWorth() {
        bought.put("trace@hangzhou", 2);
        buckets.take("trace");
        buckets.take("trace");
        now += 60_000 * MILLI;
        buckets.take("trace");
        buckets.take("trace");
        assertThatThrownBy(() -> buckets.take("trace")).hasMessageContaining("over its purchased 2 TPS");
    }

    @Test
    void anApplicationWithoutCapacityOnThisNodeIsRefusedByName() {
        bought.put("trace@shanghai", 50);
        assertThatThrownBy(() -> buckets.take("trace")).isInstanceOf(GatewayRefusal.class)
                .hasMessage("application trace has no TPS purchased on city node hangzhou; buy capacity on this node to call its gateway");
    }

    @Test
    void aQuotaBoughtAfterARefusalWorksAtOnce() {
        assertThatThrownBy(() -> buckets.take("trace")).hasMessageContaining("no TPS purchased");
        bought.put("trace@hangzhou", 1);
        assertThatCode(() -> buckets.take("trace")).doesNotThrowAnyException();
    }

    @Test
    void aChangedQuotaTakesEffectAfterTheRefreshInterval() {
        bought.put("trace@hangzhou", 1);
        buckets.take("trace");
        bought.put("trace@hangzhou", 3);
        now += 500 * MILLI;
        assertThatThrownBy(() -> buckets.take("trace")).hasMessageContaining("purchased 1 TPS");
        now += 1_500 * MILLI;
        buckets.take("trace");
        buckets.take("trace");
        buckets.take("trace");
        assertThatThrownBy(() -> buckets.take("trace")).hasMessageContaining("purchased 3 TPS");
    }

    @Test
    void applicationsHaveTheirOwnBuckets() {
        bought.put("trace@hangzhou", 1);
        bought.put("receipts@hangzhou", 1);
        buckets.take("trace");
        assertThatCode(() -> buckets.take("receipts")).doesNotThrowAnyException();
    }
}
