package org.openbsn.billing.query;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.openbsn.billing.api.InvoiceDocument;
import org.openbsn.billing.api.InvoiceView;
import org.openbsn.billing.api.QuoteLine;
import org.openbsn.infra.money.Money;

/** An invoice as a self-contained, printable HTML page. */
final class InvoiceHtml {

    private static final DateTimeFormatter PAID_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private InvoiceHtml() {
    }

    static InvoiceDocument render(InvoiceView invoice) {
        StringBuilder rows = new StringBuilder();
        for (QuoteLine line : invoice.lines()) {
            rows.append("<tr><td>").append(escape(line.nodeName())).append("</td><td>").append(line.resource())
                    .append("</td><td class=\"n\">").append(line.quantity()).append("</td><td class=\"n\">")
                    .append(money(line.unitPrice())).append("</td><td class=\"n\">").append(invoice.years())
                    .append("</td><td class=\"n\">").append(money(line.amount())).append("</td></tr>\n");
        }
        String html = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Invoice %1$s</title>
                <style>
                body { font-family: sans-serif; margin: 2em; }
                table { border-collapse: collapse; width: 100%%; }
                th, td { border-bottom: 1px solid #ccc; padding: 4px 8px; text-align: left; }
                .n { text-align: right; }
                </style>
                </head>
                <body>
                <h1>Invoice %1$s</h1>
                <dl>
                <dt>Buyer</dt><dd id="buyer">%2$s</dd>
                <dt>Order</dt><dd id="order">%3$s</dd>
                <dt>For</dt><dd>%4$s %5$s</dd>
                <dt>Paid at</dt><dd id="paid-at">%6$s</dd>
                <dt>Payment</dt><dd id="payment">%7$s %8$s</dd>
                </dl>
                <table>
                <thead><tr><th>Node</th><th>Resource</th><th class="n">Quantity</th><th class="n">Yearly unit price</th><th class="n">Years</th><th class="n">Amount</th></tr></thead>
                <tbody>
                %9$s</tbody>
                <tfoot>
                <tr><td colspan="5">Platform fee</td><td class="n" id="platform-fee">%10$s</td></tr>
                <tr><th colspan="5">Total</th><th class="n" id="total">%11$s</th></tr>
                </tfoot>
                </table>
                </body>
                </html>
                """.formatted(escape(invoice.invoiceNumber()), escape(invoice.buyerId()), escape(invoice.orderId()),
                invoice.subject().kind(), escape(invoice.subject().subjectId()), PAID_AT.format(invoice.paidAt()),
                escape(invoice.provider()), escape(invoice.paymentReference()), rows, money(invoice.platformFee()),
                money(invoice.total()));
        return new InvoiceDocument("invoice-" + invoice.invoiceNumber() + ".html", "text/html;charset=UTF-8",
                html.getBytes(StandardCharsets.UTF_8));
    }

    private static String money(Money money) {
        return money.amount().toPlainString() + " " + money.currency();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
