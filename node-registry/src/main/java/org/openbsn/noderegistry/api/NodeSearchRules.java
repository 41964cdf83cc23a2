package org.openbsn.noderegistry.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.openbsn.infra.error.FieldViolation;

/** What a node search may ask for; anything else is refused with the field and the rule it breaks. */
public final class NodeSearchRules {

    public static final int TEXT_MAX = 200;
    public static final int PAGE_MAX = 100;
    public static final int WINDOW_MAX = 10_000;
    public static final int FACET_VALUES_MAX = 50;

    private NodeSearchRules() {
    }

    public static List<FieldViolation> check(SearchNodesQuery query) {
        List<FieldViolation> violations = new ArrayList<>();
        if (query.text() != null && query.text().length() > TEXT_MAX) {
            violations.add(FieldViolation.of("text", "rule.max-length", "must be at most " + TEXT_MAX + " characters",
                    TEXT_MAX));
        }
        minimum("minFreeTps", query.minFreeTps(), NodeRules.TPS_MAX, violations);
        minimum("minFreeStorageGb", query.minFreeStorageGb(), NodeRules.STORAGE_GB_MAX, violations);
        minimum("minFreeBandwidthMbps", query.minFreeBandwidthMbps(), NodeRules.BANDWIDTH_MBPS_MAX, violations);
        maximumPrice("maxPricePerTps", query.maxPricePerTps(), violations);
        maximumPrice("maxPricePerStorageGb", query.maxPricePerStorageGb(), violations);
        maximumPrice("maxPricePerBandwidthMbps", query.maxPricePerBandwidthMbps(), violations);
        facet("regions", query.regions(), violations);
        facet("providers", query.providers(), violations);
        facet("cities", query.cities(), violations);
        if (query.offset() < 0) {
            violations.add(FieldViolation.of("offset", "rule.not-negative", "must not be negative"));
        }
        if (query.limit() < 1 || query.limit() > PAGE_MAX) {
            violations.add(FieldViolation.of("limit", "rule.range", "must be between 1 and " + PAGE_MAX, 1, PAGE_MAX));
        } else if ((long) query.offset() + query.limit() > WINDOW_MAX) {
            violations.add(FieldViolation.of("offset", "rule.search-window",
                    "results beyond the first " + WINDOW_MAX + " cannot be paged to; narrow the search", WINDOW_MAX));
        }
        return violations;
    }

    private static void minimum(String field, Integer value, int max, List<FieldViolation> violations) {
        if (value != null && (value < 0 || value > max)) {
            violations.add(FieldViolation.of(field, "rule.range", "must be between 0 and " + max, 0, max));
        }
    }

    private static void maximumPrice(String field, BigDecimal value, List<FieldViolation> violations) {
        if (value != null && (value.signum() < 0 || value.compareTo(NodeRules.PRICE_MAX) > 0)) {
            violations.add(FieldViolation.of(field, "rule.range", "must be between 0 and " + NodeRules.PRICE_MAX,
                    0, NodeRules.PRICE_MAX));
        }
    }

    private static void facet(String field, Set<String> values, List<FieldViolation> violations) {
        if (values.size() > FACET_VALUES_MAX || values.stream().anyMatch(v -> v == null || v.length() > NodeRules.PLACE_MAX)) {
            violations.add(FieldViolation.of(field, "rule.facet-values",
                    "at most " + FACET_VALUES_MAX + " values of at most " + NodeRules.PLACE_MAX + " characters",
                    FACET_VALUES_MAX, NodeRules.PLACE_MAX));
        }
    }
}
