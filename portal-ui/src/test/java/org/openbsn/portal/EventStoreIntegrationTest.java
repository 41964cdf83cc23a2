package org.openbsn.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbsn.portal.support.Acting.as;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.accounts.api.AccountSummary;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Role;
import org.openbsn.devnet.Devnet;
import org.openbsn.gatewayadapter.ledger.LedgerClient;
import org.openbsn.gatewayadapter.ledger.LedgerIdentity;
import org.openbsn.infra.axon.ProjectionReplayer;
import org.openbsn.infra.money.Money;
import org.openbsn.noderegistry.api.*;
import org.openbsn.infra.testing.Await;
import org.openbsn.portal.support.PortalInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The whole portal on the real embedded PostgreSQL: what is saved lands in the event store, read
 * models rebuild from it, and nothing is lost when the portal stops and starts again.
 */
class EventStoreIntegrationTest {

    private static final UnitPrices PRICES = new UnitPrices(Money.cny("150"), Money.cny("4"), Money.cny("25"));

    @TempDir
    Path data;

    @Test
    void savedChangesAreStoredReplayedAndSurviveARestart() {
        String ownerId;
        String nodeId;
        long lastGlobalIndex;
        List<Map<String, Object>> viewBeforeReplay;
        String[] searchIndexBefore = new String[1];

        try (PortalInstance portal = PortalInstance.start(data, Map.of())) {
            Accounts accounts = portal.bean(Accounts.class);
            CityNodes nodes = portal.bean(CityNodes.class);
            JdbcClient jdbc = portal.bean(JdbcClient.class);

            AccountSummary owner = accounts.signUp("Owner@Example.com", "Chen Jing", "correct horse battery",
                    Set.of(Role.NODE_OWNER), "zh-CN");
            ownerId = owner.accountId();
            assertThat(owner.email()).isEqualTo("owner@example.com");

            CityNodeView node = as(() -> nodes.register(ownerId,
                    new NodeDetails("Hangzhou-1", "杭州", "浙江", "Alibaba Cloud", "https://hz1.example.cn"),
                    new Capacity(800, 4000, 300), PRICES), Role.NODE_OWNER);
            nodeId = node.nodeId();
            assertThat(node.status()).isEqualTo(NodeStatus.PENDING_APPROVAL);
            CityNodeView approved = as(() -> nodes.approve(nodeId, "operator-1"), Role.OPERATOR);
            assertThat(approved.status()).isEqualTo(NodeStatus.ACTIVE);
            assertThat(nodes.browseActive(new NodeFilter("杭州", null), 0, 10)).extracting(CityNodeView::nodeId)
                    .containsExactly(nodeId);

            // events are readable JSON in bytea columns, with no large objects behind them
            String payload = jdbc.sql("select payload from domain_event_entry where aggregate_identifier = :id"
                            + " and sequence_number = 0").param("id", nodeId)
                    .query((rs, row) -> new String(rs.getBytes(1), StandardCharsets.UTF_8)).single();
            assertThat(payload).contains("Hangzhou-1").contains("杭州");
            assertThat(jdbc.sql("select count(*) from pg_largeobject_metadata").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select data_type from information_schema.columns where table_name = 'domain_event_entry'"
                    + " and column_name = 'payload'").query(String.class).single()).isEqualTo("bytea");
            assertThat(jdbc.sql("select payload from domain_event_entry").query(String.class).list())
                    .noneMatch(p -> p.contains("correct horse"));

            // the read model rebuilds to the same rows, even from a damaged one
            viewBeforeReplay = cityNodeRows(jdbc);
            jdbc.sql("update city_node_view set name = 'damaged', version = 99").update();
            ProjectionReplayer replayer = portal.bean(ProjectionReplayer.class);
            replayer.replay("city-nodes");
            Await.until(() -> replayer.hasCaughtUp("city-nodes") && cityNodeRows(jdbc).equals(viewBeforeReplay),
                    Duration.ofSeconds(30));
            assertThat(cityNodeRows(jdbc)).isEqualTo(viewBeforeReplay);

            // the ledger started with the portal: devnet, reached through fabric-gateway as the portal's identity
            Devnet devnet = portal.bean(Devnet.class);
            devnet.openChannel("portal-app", List.of("Org1MSP"));
            devnet.deployBaseChaincode("portal-app", "base");
            assertThat(new String(portal.bean(LedgerClient.class).submit(portal.bean(LedgerIdentity.class), "portal-app",
                    "base", "set", "{\"baseKey\":\"kept\",\"baseValue\":\"across restarts\"}"), StandardCharsets.UTF_8))
                    .isEqualTo("SUCCESS");

            lastGlobalIndex = globalIndexes(jdbc).get(globalIndexes(jdbc).size() - 1);
            Await.until(() -> nodes.search(SearchNodesQuery.all(10)).total() == 1, Duration.ofSeconds(30));
            searchIndexBefore[0] = as(nodes::searchIndexStatus, Role.OPERATOR).index();
        }

        // the second start also rebuilds the search index, as --bsn.search.rebuild=true asks
        try (PortalInstance portal = PortalInstance.start(data, Map.of("bsn.search.rebuild", "true"))) {
            Accounts accounts = portal.bean(Accounts.class);
            CityNodes nodes = portal.bean(CityNodes.class);
            JdbcClient jdbc = portal.bean(JdbcClient.class);
            Await.until(() -> !as(nodes::searchIndexStatus, Role.OPERATOR).rebuilding()
                    && !as(nodes::searchIndexStatus, Role.OPERATOR).index().equals(searchIndexBefore[0]),
                    Duration.ofSeconds(30));
            assertThat(nodes.search(SearchNodesQuery.all(10)).hits()).extracting(NodeSearchHit::nodeId)
                    .containsExactly(nodeId);

            assertThat(new String(portal.bean(LedgerClient.class).evaluate(portal.bean(LedgerIdentity.class), "portal-app",
                    "base", "get", "kept"), StandardCharsets.UTF_8)).contains("across restarts");

            assertThat(accounts.findLogin("owner@example.com")).get()
                    .extracting(login -> login.accountId()).isEqualTo(ownerId);
            assertThat(nodes.find(nodeId)).get().extracting(CityNodeView::status).isEqualTo(NodeStatus.ACTIVE);
            assertThat(cityNodeRows(jdbc)).isEqualTo(viewBeforeReplay);

            as(() -> nodes.changeCapacity(nodeId, ownerId, new Capacity(900, 4000, 300)), Role.NODE_OWNER);
            List<Long> indexes = globalIndexes(jdbc);
            assertThat(indexes.get(indexes.size() - 1)).isEqualTo(lastGlobalIndex + 1);
            assertThat(indexes).as("global index without gaps").isEqualTo(
                    java.util.stream.LongStream.rangeClosed(indexes.get(0), indexes.get(indexes.size() - 1)).boxed().toList());
        }
    }

    @Test
    void operatorActionsAreRefusedToOtherRolesOnTheServer(@TempDir Path other) {
        try (PortalInstance portal = PortalInstance.start(other, Map.of())) {
            CityNodes nodes = portal.bean(CityNodes.class);
            AccountSummary owner = portal.bean(Accounts.class).signUp("o2@example.com", "Owner Two",
                    "correct horse battery", Set.of(Role.NODE_OWNER, Role.PUBLISHER), "en");
            CityNodeView node = as(() -> nodes.register(owner.accountId(),
                    new NodeDetails("SZ-1", "Shenzhen", "Guangdong", "Tencent", "https://sz1.example.cn"),
                    new Capacity(10, 10, 10), PRICES), Role.NODE_OWNER);

            assertThatThrownBy(() -> as(() -> nodes.approve(node.nodeId(), owner.accountId()),
                    Role.NODE_OWNER, Role.PUBLISHER)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(() -> nodes.withStatus(Set.of(NodeStatus.PENDING_APPROVAL)), Role.PUBLISHER))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(nodes.find(node.nodeId())).get().extracting(CityNodeView::status)
                    .isEqualTo(NodeStatus.PENDING_APPROVAL);
        }
    }

    @Test
    void theFirstOperatorIsCreatedFromConfigurationOnce(@TempDir Path other) {
        Map<String, Object> operator = Map.of("bsn.operator.email", "root@example.com",
                "bsn.operator.password", "operator password 1");
        try (PortalInstance portal = PortalInstance.start(other, operator)) {
            assertThat(portal.bean(Accounts.class).findLogin("root@example.com")).get()
                    .satisfies(login -> {
                        assertThat(login.roles()).containsExactly(Role.OPERATOR);
                        assertThat(login.mustChangePassword()).isFalse();
                    });
        }
        try (PortalInstance portal = PortalInstance.start(other, operator)) {
            assertThat(portal.bean(JdbcClient.class).sql("select count(*) from account_credential")
                    .query(Long.class).single()).isEqualTo(1L);
        }
    }

    private static List<Map<String, Object>> cityNodeRows(JdbcClient jdbc) {
        return jdbc.sql("select * from city_node_view order by node_id").query().listOfRows();
    }

    private static List<Long> globalIndexes(JdbcClient jdbc) {
        return jdbc.sql("select global_index from domain_event_entry order by global_index").query(Long.class).list();
    }

}
