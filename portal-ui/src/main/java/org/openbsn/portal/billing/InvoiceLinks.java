package org.openbsn.portal.billing;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.openbsn.accounts.api.AccountSummary;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.billing.api.Billing;
import org.openbsn.billing.api.InvoiceDocument;
import org.openbsn.billing.api.InvoiceView;

/** Links that download an invoice or credit note as PDF or printable HTML, for its buyer only. */
public final class InvoiceLinks {

    private InvoiceLinks() {
    }

    public static HorizontalLayout download(Billing billing, Accounts accounts, InvoiceView invoice, String buyerId) {
        String number = invoice.invoiceNumber();
        Anchor pdf = link(() -> billing.invoicePdf(number, buyerId,
                accounts.find(buyerId).map(AccountSummary::displayName).orElse(null)), "billing.invoice.download-pdf");
        pdf.setId("download-pdf-" + number);
        Anchor html = link(() -> billing.invoiceDocument(number, buyerId), "billing.invoice.download");
        html.setId("download-" + number);
        HorizontalLayout links = new HorizontalLayout(pdf, html);
        links.setSpacing(true);
        return links;
    }

    private static Anchor link(Supplier<Optional<InvoiceDocument>> document, String label) {
        return new Anchor(DownloadHandler.fromInputStream(event -> document.get()
                .map(file -> new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length))
                .orElseGet(() -> DownloadResponse.error(404))), UI.getCurrent().getTranslation(label));
    }
}
