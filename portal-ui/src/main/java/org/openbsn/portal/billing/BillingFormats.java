package org.openbsn.portal.billing;

import java.time.Instant;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.openbsn.billing.api.Quote;
import org.openbsn.billing.api.QuoteLine;
import org.openbsn.infra.money.Money;
import org.openbsn.portal.ui.Formats;
import org.openbsn.portal.ui.Texts;

/** How billing's amounts, times and quote lines read in the portal. */
public final class BillingFormats {

    private BillingFormats() {
    }

    public static String money(Money money) {
        return Formats.money(money);
    }

    public static String time(Instant at) {
        return Formats.dateTime(at);
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
