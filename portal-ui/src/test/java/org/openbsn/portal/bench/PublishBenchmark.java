package org.openbsn.portal.bench;

import static org.openbsn.portal.support.Acting.as;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Role;
import org.openbsn.applications.api.ApplicationStatus;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.applications.api.Applications;
import org.openbsn.applications.api.NodeResources;
import org.openbsn.billing.api.Billing;
import org.openbsn.infra.testing.Await;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.portal.support.PortalInstance;
import org.openbsn.portal.support.TestNodes;

/**
 * Time from payment confirmed to live on devnet, for ten applications published one after another
 * on two city nodes through a whole portal on the embedded defaults (the offline provider confirms
 * at once). Writes target/bench/publish.json with each run, the median and the slowest.
 */
@Tag("benchmark")
class PublishBenchmark {

    private static final int RUNS = 10;
    private static final int WARM_UP = 1;

    @TempDir
    Path data;

    @Test
    void publishTenApplicationsAndMeasurePaymentToLive() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        List<Double> seconds = new ArrayList<>();
        try (PortalInstance portal = PortalInstance.start(data, Map.of())) {
            Accounts accounts = portal.bean(Accounts.class);
            CityNodes nodes = portal.bean(CityNodes.class);
            Applications applications = portal.bean(Applications.class);
            Billing billing = portal.bean(Billing.class);
            String owner = accounts.signUp("owner@example.com", "Owner", "correct horse battery", Set.of(Role.NODE_OWNER), "en")
                    .accountId();
            String publisher = accounts.signUp("publisher@example.com", "Publisher", "correct horse battery",
                    Set.of(Role.PUBLISHER), "en").accountId();
            List<String> chosen = List.of(node(nodes, owner, "Hangzhou"), node(nodes, owner, "Chengdu"));

            for (int run = 0; run < WARM_UP + RUNS; run++) {
                ApplicationView draft = as(() -> {
                    ApplicationView created = applications.createDraft(publisher, "Bench application", "");
                    return applications.saveDraft(created.applicationId(), publisher, created.design().withNodes(List.of(
                            new NodeResources(chosen.get(0), new Capacity(10, 5, 1)),
                            new NodeResources(chosen.get(1), new Capacity(10, 5, 1)))));
                }, Role.PUBLISHER);
                as(() -> applications.order(draft.applicationId(), publisher, "/applications/" + draft.applicationId()),
                        Role.PUBLISHER);
                String orderId = applications.find(draft.applicationId()).orElseThrow().orderId();
                long paid = System.nanoTime();
                as(() -> billing.payOffline(orderId, publisher, true), Role.PUBLISHER);
                Await.until(() -> applications.find(draft.applicationId()).orElseThrow().status() == ApplicationStatus.LIVE,
                        Duration.ofMinutes(2));
                double elapsed = (System.nanoTime() - paid) / 1e9;
                if (run >= WARM_UP) {
                    seconds.add(Math.round(elapsed * 1000) / 1000.0);
                }
            }
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        report.put("what", "seconds from payment confirmed (offline provider) to LIVE on devnet, two city nodes each");
        report.put("runs", seconds);
        report.put("medianSeconds", Math.round((sorted.get(RUNS / 2 - 1) + sorted.get(RUNS / 2)) / 2 * 1000) / 1000.0);
        report.put("slowestSeconds", sorted.get(RUNS - 1));
        report.put("targetSeconds", 10);
        report.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "java", System.getProperty("java.version")));
        Path out = Path.of("target", "bench", "publish.json");
        Files.createDirectories(out.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
        System.out.println("Publish benchmark written to " + out.toAbsolutePath() + ":\n" + Files.readString(out));
    }

    private static String node(CityNodes nodes, String owner, String city) {
        return TestNodes.active(nodes, owner, city + "-" + UUID.randomUUID().toString().substring(0, 6), city,
                new Capacity(10_000, 10_000, 10_000));
    }
}
