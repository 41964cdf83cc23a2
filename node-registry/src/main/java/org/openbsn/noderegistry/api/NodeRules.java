package org.openbsn.noderegistry.api;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.money.Money;

/** The rules a city node's fields obey, shared by the portal's forms and the aggregate. */
public final class NodeRules {

    public static final int NAME_MAX = 80;
    public static final int PLACE_MAX = 60;
    public static final int URL_MAX = 255;
    public static final int REASON_MAX = 500;
    public static final int TPS_MAX = 100_000;
    public static final int STORAGE_GB_MAX = 1_000_000;
    public static final int BANDWIDTH_MBPS_MAX = 100_000;
    public static final BigDecimal PRICE_MAX = new BigDecimal("1000000");

    private NodeRules() {
    }

    public static Optional<FieldViolation> text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return Optional.of(FieldViolation.of(field, "rule.required", "is required"));
        }
        if (value.strip().length() > max) {
            return Optional.of(FieldViolation.of(field, "rule.max-length", "must be at most " + max + " characters", max));
        }
        return Optional.empty();
    }

    public static Optional<FieldViolation> gatewayUrl(String value) {
        Optional<FieldViolation> text = text("gatewayUrl", value, URL_MAX);
        if (text.isPresent()) {
            return text;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme();
            if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null
                    && uri.getUserInfo() == null) {
                return Optional.empty();
            }
        } catch (URISyntaxException malformed) {
            // reported below
        }
        return Optional.of(FieldViolation.of("gatewayUrl", "rule.url", "must be an http:// or https:// address with a host"));
    }

    public static Optional<FieldViolation> amount(String field, Integer value, int max) {
        if (value == null) {
            return Optional.of(FieldViolation.of(field, "rule.required", "is required"));
        }
        if (value < 1 || value > max) {
            return Optional.of(FieldViolation.of(field, "rule.range", "must be between 1 and " + max, 1, max));
        }
        return Optional.empty();
    }

    public static Optional<FieldViolation> price(String field, BigDecimal value) {
        if (value == null) {
            return Optional.of(FieldViolation.of(field, "rule.required", "is required"));
        }
        if (value.signum() <= 0 || value.compareTo(PRICE_MAX) > 0) {
            return Optional.of(FieldViolation.of(field, "rule.price-range",
                    "must be more than 0 and at most " + PRICE_MAX.toPlainString() + " CNY", PRICE_MAX.toPlainString()));
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return Optional.of(FieldViolation.of(field, "rule.price-fen", "must not be finer than 0.01 CNY"));
        }
        return Optional.empty();
    }

    public static Optional<FieldViolation> reason(String value) {
        return text("reason", value, REASON_MAX);
    }

    public static List<FieldViolation> checkDetails(NodeDetails details) {
        List<FieldViolation> violations = new ArrayList<>();
        text("name", details.name(), NAME_MAX).ifPresent(violations::add);
        text("city", details.city(), PLACE_MAX).ifPresent(violations::add);
        text("region", details.region(), PLACE_MAX).ifPresent(violations::add);
        text("provider", details.provider(), PLACE_MAX).ifPresent(violations::add);
        gatewayUrl(details.gatewayUrl()).ifPresent(violations::add);
        return violations;
    }

    public static List<FieldViolation> checkCapacity(Capacity capacity) {
        List<FieldViolation> violations = new ArrayList<>();
        amount("tps", capacity.tps(), TPS_MAX).ifPresent(violations::add);
        amount("storageGb", capacity.storageGb(), STORAGE_GB_MAX).ifPresent(violations::add);
        amount("bandwidthMbps", capacity.bandwidthMbps(), BANDWIDTH_MBPS_MAX).ifPresent(violations::add);
        return violations;
    }

    public static List<FieldViolation> checkPrices(UnitPrices prices) {
        List<FieldViolation> violations = new ArrayList<>();
        price("pricePerTps", amountOf(prices.perTps())).ifPresent(violations::add);
        price("pricePerStorageGb", amountOf(prices.perStorageGb())).ifPresent(violations::add);
        price("pricePerBandwidthMbps", amountOf(prices.perBandwidthMbps())).ifPresent(violations::add);
        boolean notCny = java.util.stream.Stream.of(prices.perTps(), prices.perStorageGb(), prices.perBandwidthMbps())
                .anyMatch(m -> m != null && !Money.CNY.equals(m.currency()));
        if (notCny) {
            violations.add(FieldViolation.of("prices", "rule.currency-cny", "must be in CNY"));
        }
        return violations;
    }

    private static BigDecimal amountOf(Money money) {
        return money == null ? null : money.amount();
    }
}
