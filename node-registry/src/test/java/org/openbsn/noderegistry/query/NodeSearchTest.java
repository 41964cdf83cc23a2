package org.openbsn.noderegistry.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.infra.money.Money;
import org.openbsn.infra.search.IndexNames;
import org.openbsn.infra.testing.Refusals;
import org.openbsn.infra.testing.TestElasticsearch;
import org.openbsn.noderegistry.api.*;

/** The search index on a real Elasticsearch, fed event by event as the projection is. */
class NodeSearchTest {

    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");

    private final TestElasticsearch es = TestElasticsearch.get();
    private NodeSearchIndex index;
    private CityNodeSearchProjection projection;
    private NodeSearchQueries search;

    @BeforeEach
    void setUp() {
        index = new NodeSearchIndex(es.client(), new IndexNames("t" + UUID.randomUUID().toString().substring(0, 8)));
        projection = new CityNodeSearchProjection(index);
        search = new NodeSearchQueries(index);
    }

    private String active(String name, String city, String region, String provider, int tps, String pricePerTps) {
        String id = UUID.randomUUID().toString();
        projection.on(new CityNodeRegisteredEvent(id, "owner", new NodeDetails(name, city, region, provider,
                        "https://" + id + ".example.cn"), new Capacity(tps, 1000, 100),
                new UnitPrices(Money.cny(pricePerTps), Money.cny("2"), Money.cny("30"))), 0, AT);
        projection.on(new CityNodeApprovedEvent(id, "op"), 1);
        return id;
    }

    private NodeSearchResult find(SearchNodesQuery query) throws IOException {
        es.client().indices().refresh(r -> r.index(index.readAlias()));
        return search.handle(query);
    }

    private static SearchNodesQuery text(String text) {
        return new SearchNodesQuery(text, null, null, null, null, null, null, null, null, null, null, 0, 20);
    }

    private static List<String> names(NodeSearchResult result) {
        return result.hits().stream().map(hit -> hit.details().name()).toList();
    }

    @Test
    void onlyActiveNodesAreFoundAndTheIndexFollowsTheirLife() throws IOException {
        String id = active("Hangzhou-1", "杭州", "浙江", "Alibaba Cloud", 500, "100");
        String pending = UUID.randomUUID().toString();
        projection.on(new CityNodeRegisteredEvent(pending, "owner", new NodeDetails("Hangzhou-2", "杭州", "浙江", "X",
                "https://x.example.cn"), new Capacity(1, 1, 1), new UnitPrices(Money.cny("1"), Money.cny("1"),
                Money.cny("1"))), 0, AT);
        assertThat(names(find(text("hangzhou")))).containsExactly("Hangzhou-1");

        projection.on(new CityNodeSuspendedEvent(id, "op", "maintenance"), 2);
        assertThat(find(text("hangzhou")).total()).isZero();
        projection.on(new CityNodeResumedEvent(id, "op"), 3);
        assertThat(find(text("hangzhou")).total()).isEqualTo(1);
        projection.on(new CityNodeRetiredEvent(id, "owner"), 4);
        assertThat(find(text("hangzhou")).total()).isZero();
    }

    @Test
    void chineseAndPrefixesAreSearchable() throws IOException {
        active("杭州一号", "杭州", "浙江", "阿里云", 500, "100");
        active("Chengdu-1", "成都", "四川", "China Telecom", 500, "100");
        assertThat(names(find(text("杭州")))).containsExactly("杭州一号");
        assertThat(names(find(text("阿里")))).containsExactly("杭州一号");
        assertThat(names(find(text("州杭")))).isEmpty();
        assertThat(names(find(text("cheng tele")))).containsExactly("Chengdu-1");
    }

    @Test
    void capacityPricesAndReservationsDriveFilters() throws IOException {
        String big = active("Big", "Shanghai", "East", "CM", 1000, "120");
        active("Small", "Shanghai", "East", "CM", 100, "80");
        SearchNodesQuery atLeast500Tps = new SearchNodesQuery(null, null, null, null, 500, null, null, null, null, null,
                NodeSort.NAME, 0, 20);
        assertThat(names(find(atLeast500Tps))).containsExactly("Big");

        projection.on(new NodeCapacityReservedEvent(big, "app-1", new Capacity(600, 10, 10)), 2);
        assertThat(names(find(atLeast500Tps))).isEmpty();
        projection.on(new CityNodeCapacityChangedEvent(big, "owner", new Capacity(1200, 1000, 100)), 3);
        assertThat(names(find(atLeast500Tps))).containsExactly("Big");
        assertThat(find(atLeast500Tps).hits().get(0).free()).isEqualTo(new Capacity(600, 990, 90));

        SearchNodesQuery cheap = new SearchNodesQuery(null, null, null, null, null, null, null, new BigDecimal("100"),
                null, null, NodeSort.NAME, 0, 20);
        assertThat(names(find(cheap))).containsExactly("Small");
        projection.on(new CityNodePricesChangedEvent(big, "owner",
                new UnitPrices(Money.cny("99.99"), Money.cny("2"), Money.cny("30"))), 4);
        assertThat(names(find(cheap))).containsExactly("Big", "Small");
    }

    @Test
    void capacityHeldAtACheckoutIsNotFreeInSearchUntilReleased() throws IOException {
        String node = active("Held", "Suzhou", "East", "CM", 1000, "120");
        SearchNodesQuery atLeast500Tps = new SearchNodesQuery(null, null, null, null, 500, null, null, null, null, null,
                NodeSort.NAME, 0, 20);
        projection.on(new NodeCapacityHeldEvent(node, "order-1", "app-1", new Capacity(600, 10, 10),
                java.time.Instant.parse("2026-12-07T10:00:00Z")), 2);
        assertThat(names(find(atLeast500Tps))).doesNotContain("Held");

        projection.on(new NodeCapacityHoldReleasedEvent(node, "order-1", "app-1", new Capacity(600, 10, 10), false), 3);
        assertThat(names(find(atLeast500Tps))).contains("Held");
        assertThat(find(atLeast500Tps).hits().stream().filter(hit -> hit.nodeId().equals(node)).findFirst().orElseThrow()
                .free()).isEqualTo(new Capacity(1000, 1000, 100));
    }

    @Test
    void facetsCountWhatEachOtherChoiceWouldGive() throws IOException {
        active("A", "Beijing", "North", "Alpha", 10, "10");
        active("B", "Beijing", "North", "Beta", 10, "10");
        active("C", "Guangzhou", "South", "Alpha", 10, "10");
        SearchNodesQuery north = new SearchNodesQuery(null, Set.of("North"), null, null, null, null, null, null, null,
                null, NodeSort.NAME, 0, 20);
        NodeSearchResult result = find(north);
        assertThat(names(result)).containsExactly("A", "B");
        assertThat(result.regions()).containsExactlyInAnyOrder(new FacetCount("North", 2), new FacetCount("South", 1));
        assertThat(result.providers()).containsExactlyInAnyOrder(new FacetCount("Alpha", 1), new FacetCount("Beta", 1));

        SearchNodesQuery northAlpha = new SearchNodesQuery(null, Set.of("North"), Set.of("Alpha"), null, null, null, null,
                null, null, null, NodeSort.NAME, 0, 20);
        result = find(northAlpha);
        assertThat(names(result)).containsExactly("A");
        assertThat(result.regions()).containsExactlyInAnyOrder(new FacetCount("North", 1), new FacetCount("South", 1));
    }

    @Test
    void sortsAndPages() throws IOException {
        active("N1", "X", "R", "P", 300, "30");
        active("N2", "X", "R", "P", 100, "10");
        active("N3", "X", "R", "P", 200, "20");
        SearchNodesQuery byPrice = new SearchNodesQuery(null, null, null, null, null, null, null, null, null, null,
                NodeSort.PRICE_PER_TPS, 0, 2);
        NodeSearchResult first = find(byPrice);
        assertThat(first.total()).isEqualTo(3);
        assertThat(names(first)).containsExactly("N2", "N3");
        assertThat(names(find(byPrice.page(2, 2)))).containsExactly("N1");
        assertThat(names(find(new SearchNodesQuery(null, null, null, null, null, null, null, null, null, null,
                NodeSort.FREE_TPS, 0, 3)))).containsExactly("N1", "N3", "N2");
    }

    @Test
    void aRedeliveredEventChangesNothing() throws IOException {
        String id = active("Redelivered", "X", "R", "P", 100, "10");
        projection.on(new NodeCapacityReservedEvent(id, "app", new Capacity(40, 0, 0)), 2);
        projection.on(new NodeCapacityReservedEvent(id, "app", new Capacity(40, 0, 0)), 2);
        assertThat(find(text("redelivered")).hits().get(0).free().tps()).isEqualTo(60);
    }

    @Test
    void aRebuildAnswersFromTheOldIndexThenYieldsTheSameDocuments() throws IOException {
        String id = active("Rebuilt", "Xian", "Shaanxi", "CT", 100, "10");
        projection.on(new CityNodeCapacityChangedEvent(id, "owner", new Capacity(150, 1000, 100)), 2);
        NodeSearchResult before = find(SearchNodesQuery.all(20));
        String oldIndex = index.readIndex();

        projection.reset();
        assertThat(index.rebuilding()).isTrue();
        assertThat(find(SearchNodesQuery.all(20))).isEqualTo(before); // still answering from the old index
        projection.on(new CityNodeRegisteredEvent(id, "owner", new NodeDetails("Rebuilt", "Xian", "Shaanxi", "CT",
                "https://" + id + ".example.cn"), new Capacity(100, 1000, 100),
                new UnitPrices(Money.cny("10"), Money.cny("2"), Money.cny("30"))), 0, AT);
        projection.on(new CityNodeApprovedEvent(id, "op"), 1);
        projection.on(new CityNodeCapacityChangedEvent(id, "owner", new Capacity(150, 1000, 100)), 2);
        index.finishRebuild();

        assertThat(index.rebuilding()).isFalse();
        assertThat(index.readIndex()).isNotEqualTo(oldIndex);
        assertThat(es.client().indices().exists(e -> e.index(oldIndex)).value()).isFalse();
        assertThat(find(SearchNodesQuery.all(20))).isEqualTo(before);
    }

    @Test
    void malformedSearchesAreRefusedWithTheFieldNamed() throws IOException {
        assertThatThrownBy(() -> search.handle(new SearchNodesQuery(null, null, null, null, -1, null, null, null, null,
                null, null, 0, 20))).satisfies(e -> assertThat(Refusals.invalidField("minFreeTps", "rule.range").matches(e)).isTrue());
        assertThatThrownBy(() -> search.handle(SearchNodesQuery.all(1000)))
                .satisfies(e -> assertThat(Refusals.invalidField("limit", "rule.range").matches(e)).isTrue());
        assertThatThrownBy(() -> search.handle(SearchNodesQuery.all(50).page(9990, 50)))
                .satisfies(e -> assertThat(Refusals.invalidField("offset", "rule.search-window").matches(e)).isTrue());
        assertThatThrownBy(() -> search.handle(text("x".repeat(201)))).isInstanceOf(InvalidInputException.class);

        active("Safe", "X", "R", "P", 10, "10");
        for (String hostile : List.of("*:* OR status:PENDING_APPROVAL", "{\"script\":\"1\"}", "name:/.*/", "\\\" OR 1=1 --")) {
            assertThat(find(text(hostile)).total()).as(hostile).isZero();
        }
    }
}
