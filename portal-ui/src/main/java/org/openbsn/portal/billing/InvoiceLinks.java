package org.openbsn.portal.billing;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.openbsn.billing.api.Billing;
import org.openbsn.billing.api.InvoiceView;

/** A link that downloads an invoice as its printable file, for its buyer only. */
public final class InvoiceLinks {

    private InvoiceLinks() {
    }

    public static Anchor download(Billing billing, InvoiceView invoice, String buyerId) {
        String number = invoice.invoiceNumber();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> billing.invoiceDocument(number, buyerId)
                .map(file -> new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length))
                .orElseGet(() -> DownloadResponse.error(404))), UI.getCurrent().getTranslation("billing.invoice.download"));
        link.setId("download-" + number);
        return link;
    }
}
