package org.openbsn.gatewayadapter.events;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.openbsn.gatewayadapter.api.EventSubscriptionType;
import org.openbsn.gatewayadapter.api.EventSubscriptionView;
import org.openbsn.gatewayadapter.ledger.LedgerBlock;
import org.openbsn.gatewayadapter.ledger.LedgerEvent;
import org.openbsn.gatewayadapter.ledger.LedgerEvents;
import org.openbsn.gatewayadapter.ledger.LedgerIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Follows what active subscriptions need: the events of each subscribed chaincode, and the blocks of
 * each channel with a block subscription, through {@link LedgerEvents} (checkpointed). For each event
 * or block it writes a callback for every matching subscription that started at or before its block,
 * in the checkpoint's transaction. Chaincode event payloads are passed on as UTF-8 text.
 */
@Component
class EventFollowers implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(EventFollowers.class);

    private final LedgerEvents ledgerEvents;
    private final LedgerIdentity reader;
    private final JdbcClient jdbc;
    private final Deliveries deliveries;
    private final EventsProperties properties;
    private final Map<String, LedgerEvents.Subscription> running = new ConcurrentHashMap<>();
    private final EventKeys eventKeys = new EventKeys();
    private ScheduledExecutorService refresher;

    EventFollowers(LedgerEvents ledgerEvents, LedgerIdentity reader, JdbcClient jdbc, Deliveries deliveries,
                   EventsProperties properties) {
        this.ledgerEvents = ledgerEvents;
        this.reader = reader;
        this.jdbc = jdbc;
        this.deliveries = deliveries;
        this.properties = properties;
    }

    /** What one listener follows: a channel's chaincode, or (chaincode {@code ""}) its blocks. */
    private record Followed(String channel, String chaincode, long firstBlock) {

        String listenerName() {
            String name = (chaincode.isEmpty() ? "gateway-blocks/" : "gateway-events/" + chaincode + "@") + channel;
            return name.length() <= 200 ? name : name.substring(0, 200);
        }
    }

    /** Starts listeners for subscriptions that have none and stops those no active subscription needs. */
    synchronized void refresh() {
        if (refresher == null) {
            return;
        }
        List<Followed> wanted = jdbc.sql("""
                select channel_id, case when event_type = 'BLOCK' then '' else chaincode end as followed,
                    min(start_block) as first_block
                from gateway_event_subscription_view where active group by 1, 2""")
                .query((row, n) -> new Followed(row.getString("channel_id"), row.getString("followed"),
                        row.getLong("first_block"))).list();
        Set<String> names = new HashSet<>();
        for (Followed followed : wanted) {
            String name = followed.listenerName();
            names.add(name);
            running.computeIfAbsent(name, key -> follow(key, followed));
        }
        running.keySet().stream().filter(name -> !names.contains(name)).toList()
                .forEach(name -> running.remove(name).close());
    }

    /** Refreshes in the background: stopping a listener waits for the event in hand, which a caller need not. */
    synchronized void refreshSoon() {
        if (refresher != null) {
            refresher.execute(this::refreshQuietly);
        }
    }

    private LedgerEvents.Subscription follow(String name, Followed followed) {
        if (followed.chaincode().isEmpty()) {
            return ledgerEvents.subscribeBlocks(LedgerEvents.Listener.ofBlocks(name, reader, followed.channel(),
                    followed.firstBlock()), this::onBlock);
        }
        return ledgerEvents.subscribe(new LedgerEvents.Listener(name, reader, followed.channel(), followed.chaincode(),
                followed.firstBlock()), this::onChaincodeEvent);
    }

    private void onChaincodeEvent(LedgerEvent event) {
        for (EventSubscriptionView subscription : subscribed(EventSubscriptionType.CHAINCODE, event.channel(),
                event.chaincode(), event.blockNumber())) {
            if (eventKeys.matches(subscription.eventKey(), event.name())) {
                deliveries.enqueue(subscription, event.blockNumber(), event.transactionId(), Callback.body(
                        event.chaincode(), properties.nodeCode(), subscription.eventKey(), subscription.eventId(),
                        subscription.attachArgs(), event.name(), event.transactionId(),
                        new String(event.payload(), StandardCharsets.UTF_8), event.blockNumber(), ""));
            }
        }
    }

    private void onBlock(LedgerBlock block) {
        for (EventSubscriptionView subscription : subscribed(EventSubscriptionType.BLOCK, block.channel(), "",
                block.number())) {
            deliveries.enqueue(subscription, block.number(), "", Callback.body("", properties.nodeCode(), "",
                    subscription.eventId(), subscription.attachArgs(), "", "", "", block.number(), block.previousHash()));
        }
    }

    private List<EventSubscriptionView> subscribed(EventSubscriptionType type, String channel, String chaincode, long block) {
        return jdbc.sql("""
                select * from gateway_event_subscription_view where active and event_type = :type
                and channel_id = :channel and chaincode = :chaincode and start_block <= :block order by event_id""")
                .param("type", type.name()).param("channel", channel).param("chaincode", chaincode).param("block", block)
                .query(EventSubscriptionProjection::view).list();
    }

    @Override
    public synchronized void start() {
        refresher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "gateway-event-followers");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.events().refreshInterval().toMillis();
        refresher.scheduleWithFixedDelay(this::refreshQuietly, 0, every, TimeUnit.MILLISECONDS);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException failed) {
            LOG.warn("Event subscriptions could not be refreshed: {}", failed.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
            refresher = null;
        }
        running.values().forEach(LedgerEvents.Subscription::close);
        running.clear();
    }

    @Override
    public boolean isRunning() {
        return refresher != null;
    }
}
