package org.openbsn.portal.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.accounts.api.Role;
import org.openbsn.infra.axon.ProjectionReplayer;
import org.openbsn.infra.money.Money;
import org.openbsn.noderegistry.api.*;
import org.openbsn.portal.support.Acting;
import org.openbsn.infra.testing.Await;
import org.openbsn.portal.support.PortalInstance;

/**
 * Loads 10,000 city nodes through the real command path into a portal on the embedded defaults
 * (PostgreSQL and Elasticsearch it starts itself), then measures how fast the search index follows
 * and how long five representative searches take. Writes target/bench/search.json.
 */
@Tag("benchmark")
class SearchBenchmark {

    private static final int NODES = 10_000;
    private static final int CLIENTS = 8;
    private static final int WARM_UP = 50;
    private static final int RUNS = 300;
    private static final String[][] PLACES = {
            {"杭州", "浙江"}, {"成都", "四川"}, {"上海", "上海"}, {"Shenzhen", "Guangdong"}, {"Beijing", "Beijing"},
            {"武汉", "湖北"}, {"Xi'an", "Shaanxi"}, {"Nanjing", "Jiangsu"}, {"重庆", "重庆"}, {"Tianjin", "Tianjin"},
            {"Hong Kong", "Hong Kong"}, {"Singapore", "Singapore"}};
    private static final String[] PROVIDERS = {"China Mobile", "China Telecom", "China Unicom", "阿里云", "Tencent Cloud",
            "Huawei Cloud", "Baidu Cloud", "Kingsoft Cloud"};

    @TempDir
    Path data;

    @Test
    void loadTenThousandNodesAndMeasureSearch() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        try (PortalInstance portal = PortalInstance.start(data, Map.of("bsn.search.url", ""))) {
            CommandGateway commands = portal.bean(CommandGateway.class);
            CityNodes nodes = portal.bean(CityNodes.class);
            String owner = UUID.randomUUID().toString();

            long start = System.nanoTime();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                work.add(clients.submit(() -> {
                    for (int i = client; i < NODES; i += CLIENTS) {
                        String nodeId = UUID.randomUUID().toString();
                        commands.sendAndWait(register(nodeId, owner, i));
                        commands.sendAndWait(new ApproveCityNodeCommand(nodeId, "bench-operator"));
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
            clients.shutdown();
            long loaded = System.nanoTime();
            Await.until(() -> nodes.search(SearchNodesQuery.all(1)).total() == NODES, Duration.ofMinutes(10));
            long indexed = System.nanoTime();
            int events = 2 * NODES;

            report.put("nodes", NODES);
            report.put("events", events);
            report.put("commandClients", CLIENTS);
            report.put("loadSeconds", seconds(loaded - start));
            report.put("commandsPerSecond", round(events / seconds(loaded - start)));
            report.put("searchableAfterSeconds", seconds(indexed - start));
            report.put("indexingEventsPerSecond", round(events / seconds(indexed - start)));
            report.put("indexLagAfterLastCommandSeconds", seconds(indexed - loaded));

            String before = Acting.as(nodes::searchIndexStatus, Role.OPERATOR).index();
            long rebuildStart = System.nanoTime();
            Acting.as(() -> {
                nodes.rebuildSearchIndex();
                return null;
            }, Role.OPERATOR);
            ProjectionReplayer replayer = portal.bean(ProjectionReplayer.class);
            Await.until(() -> {
                SearchIndexStatus status = Acting.as(nodes::searchIndexStatus, Role.OPERATOR);
                return !status.rebuilding() && !status.index().equals(before) && status.documents() == NODES;
            }, Duration.ofMinutes(10));
            long rebuilt = System.nanoTime();
            report.put("rebuildSeconds", seconds(rebuilt - rebuildStart));
            report.put("rebuildEventsPerSecond", round(events / seconds(rebuilt - rebuildStart)));
            report.put("rebuildCaughtUp", replayer.hasCaughtUp("city-node-search"));

            Map<String, SearchNodesQuery> queries = new LinkedHashMap<>();
            queries.put("all active, best match, first page of 50", SearchNodesQuery.all(50));
            queries.put("text 'china tel', first page of 20", new SearchNodesQuery("china tel", null, null, null, null,
                    null, null, null, null, null, NodeSort.RELEVANCE, 0, 20));
            queries.put("Chinese text '杭州' sorted by most free TPS, page 5 of 20", new SearchNodesQuery("杭州", null, null,
                    null, null, null, null, null, null, null, NodeSort.FREE_TPS, 80, 20));
            queries.put("facets region=四川 + provider=阿里云, by name", new SearchNodesQuery(null, Set.of("四川"),
                    Set.of("阿里云"), null, null, null, null, null, null, null, NodeSort.NAME, 0, 20));
            queries.put("free TPS >= 5000, GB >= 2000, price per TPS <= 100, cheapest first", new SearchNodesQuery(null,
                    null, null, null, 5000, 2000, null, new BigDecimal("100"), null, null, NodeSort.PRICE_PER_TPS, 0, 20));
            List<Map<String, Object>> measured = new ArrayList<>();
            for (Map.Entry<String, SearchNodesQuery> query : queries.entrySet()) {
                measured.add(measure(nodes, query.getKey(), query.getValue()));
            }
            report.put("queries", measured);
            report.put("queryRunsEach", RUNS);
            report.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                    "java", System.getProperty("java.version"), "elasticsearchHeap", "512m (embedded default)"));
        }
        Path out = Path.of("target", "bench", "search.json");
        Files.createDirectories(out.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
        System.out.println("Search benchmark written to " + out.toAbsolutePath() + ":\n" + Files.readString(out));
    }

    private static RegisterCityNodeCommand register(String nodeId, String owner, int i) {
        String[] place = PLACES[i % PLACES.length];
        return new RegisterCityNodeCommand(nodeId, owner,
                new NodeDetails(String.format("Node-%05d", i), place[0], place[1], PROVIDERS[(i / PLACES.length) % PROVIDERS.length],
                        "https://node-" + i + ".example.cn"),
                new Capacity(100 + (i * 37) % 9900, 500 + (i * 53) % 9500, 50 + (i * 11) % 950),
                new UnitPrices(Money.cny(String.valueOf(20 + (i * 7) % 180)), Money.cny(String.valueOf(1 + i % 9)),
                        Money.cny(String.valueOf(10 + i % 90))));
    }

    private static Map<String, Object> measure(CityNodes nodes, String name, SearchNodesQuery query) {
        for (int i = 0; i < WARM_UP; i++) {
            nodes.search(query);
        }
        long[] nanos = new long[RUNS];
        long hits = 0;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            hits = nodes.search(query).total();
            nanos[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(nanos);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("query", name);
        figures.put("matching", hits);
        figures.put("p50Ms", round(nanos[RUNS / 2] / 1e6));
        figures.put("p95Ms", round(nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6));
        figures.put("maxMs", round(nanos[RUNS - 1] / 1e6));
        return figures;
    }

    private static double seconds(long nanos) {
        return round(nanos / 1e9);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

}
