package org.openbsn.portal.marketplace;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.openbsn.infra.error.Reason;
import org.openbsn.marketplace.api.Pricing;
import org.openbsn.marketplace.api.VersionStatus;
import org.openbsn.portal.billing.BillingFormats;
import org.openbsn.portal.ui.Texts;

/** How prices, ratings and review statuses of packages read in the portal. */
final class MarketplaceFormats {

    private MarketplaceFormats() {
    }

    static String price(Pricing pricing) {
        if (pricing == null) {
            return "";
        }
        return switch (pricing.type()) {
            case FREE -> Texts.t("marketplace.price.FREE");
            case ONE_OFF -> Texts.t("marketplace.price.ONE_OFF", BillingFormats.money(pricing.price()));
            case YEARLY -> Texts.t("marketplace.price.YEARLY", BillingFormats.money(pricing.price()));
        };
    }

    static String rating(double rating, int count) {
        return count == 0 ? Texts.t("marketplace.rating.none")
                : Texts.t("marketplace.rating.value", String.format(Locale.ROOT, "%.1f", rating), count);
    }

    static String size(long bytes) {
        return bytes < 1024 * 1024 ? Texts.t("marketplace.size.kb", Math.max(1, bytes / 1024))
                : Texts.t("marketplace.size.mb", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)));
    }

    /** A version's review status as a badge; a failed check or a rejection carries what was wrong. */
    static Component status(VersionStatus status, Reason detail) {
        String text = Texts.t("marketplace.status." + status.name());
        if ((status == VersionStatus.CHECK_FAILED || status == VersionStatus.REJECTED) && detail != null
                && !detail.text().isBlank()) {
            text = text + ": " + Texts.of(detail);
        }
        Span badge = new Span(text);
        String theme = switch (status) {
            case APPROVED -> "badge success";
            case CHECK_FAILED, REJECTED -> "badge error";
            case AWAITING_REVIEW -> "badge contrast";
            case CHECKING -> "badge";
        };
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }
}
