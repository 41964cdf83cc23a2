package org.openbsn.portal.billing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.openbsn.billing.api.Quote;
import org.openbsn.billing.api.QuoteLine;
import org.openbsn.infra.money.Money;
import org.openbsn.portal.ui.Texts;

/** How billing's amounts, times and quote lines read in the portal. */
public final class BillingFormats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private BillingFormats() {
    }

    public static String money(Money money) {
        return money == null ? "" : money.amount().toPlainString() + " " + money.currency();
    }

    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /** The quote's lines: node, resource, quantity, yearly unit price, years, amount. */
    public static Grid<QuoteLine> lines(Quote quote) {
        Grid<QuoteLine> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(QuoteLine::nodeName).setHeader(Texts.t("billing.line.node")).setAutoWidth(true);
        grid.addColumn(line -> Texts.t("billing.resource." + line.resource().name()))
                .setHeader(Texts.t("billing.line.resource")).setAutoWidth(true);
        grid.addColumn(QuoteLine::quantity).setHeader(Texts.t("billing.line.quantity"));
        grid.addColumn(line -> money(line.unitPrice())).setHeader(Texts.t("billing.line.unit-price")).setAutoWidth(true);
        grid.addColumn(line -> quote.years()).setHeader(Texts.t("billing.line.years"));
        grid.addColumn(line -> money(line.amount())).setHeader(Texts.t("billing.line.amount")).setAutoWidth(true);
        grid.setItems(quote.lines());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
