package org.openbsn.billing.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openbsn.billing.api.InvoiceDocument;
import org.openbsn.billing.api.InvoiceView;
import org.openbsn.billing.api.OrderSubject;
import org.openbsn.billing.api.QuoteLine;
import org.openbsn.billing.api.Resource;
import org.openbsn.billing.api.SubjectKind;
import org.openbsn.infra.error.Reason;
import org.openbsn.infra.money.Money;

/** Invoices and credit notes as PDF files, read back with PDFBox's text extraction: Chinese included. */
class InvoicePdfTest {

    private static final OrderSubject SUBJECT = new OrderSubject(SubjectKind.APPLICATION, "app-1");
    private static final List<QuoteLine> LINES = List.of(
            new QuoteLine("node-hz", "杭州一号", "owner-1", Resource.TPS, 10, Money.cny("89.00"), Money.cny("1780.00")),
            new QuoteLine("node-hz", "杭州一号", "owner-1", Resource.STORAGE_GB, 100, Money.cny("2.00"), Money.cny("400.00")));

    private final InvoicePdf pdf = new InvoicePdf("OpenBSN 区块链服务网络", "");

    @Test
    void anInvoiceNamesItsNumberSellerBuyerLinesAndTaxFreeTotalInCny() throws IOException {
        InvoiceView invoice = new InvoiceView("BSN-2026-000007", "order-1", "buyer-1", SUBJECT, 2, LINES,
                Money.cny("500.00"), Money.cny("2680.00"), "offline", "offline-order-1-1",
                Instant.parse("2026-12-07T10:00:00Z"), null, null);

        InvoiceDocument document = pdf.render(invoice, "张三");

        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(document.fileName()).isEqualTo("invoice-BSN-2026-000007.pdf");
        String text = text(document);
        assertThat(text).contains("Invoice 发票 BSN-2026-000007", "Seller 销售方: OpenBSN 区块链服务网络",
                "Buyer 购买方: 张三 (buyer-1)", "杭州一号", "CNY 1,780.00", "Platform fee 平台服务费: CNY 500.00",
                "Total, tax-free 合计（免税）: CNY 2,680.00");
    }

    @Test
    void aCreditNoteNamesTheInvoiceItCreditsAndNegativeTotals() throws IOException {
        InvoiceView credit = new InvoiceView("BSN-CN-2026-000001", "order-1", "buyer-1", SUBJECT, 2,
                LINES.stream().map(l -> new QuoteLine(l.nodeId(), l.nodeName(), l.payeeId(), l.resource(), l.quantity(),
                        l.unitPrice(), l.amount().times(-1))).toList(),
                Money.cny("-500.00"), Money.cny("-2680.00"), "offline", "offline-refund-order-1",
                Instant.parse("2026-12-07T11:00:00Z"), "BSN-2026-000007", Reason.verbatim("Publishing failed"));

        InvoiceDocument document = pdf.render(credit, "张三");

        assertThat(document.fileName()).isEqualTo("credit-note-BSN-CN-2026-000001.pdf");
        assertThat(text(document)).contains("Credit note 红字发票 BSN-CN-2026-000001",
                "Credits invoice 冲销发票: BSN-2026-000007", "Reason 原因: Publishing failed",
                "Total, tax-free 合计（免税）: CNY -2,680.00");
    }

    private static String text(InvoiceDocument document) throws IOException {
        try (PDDocument parsed = Loader.loadPDF(document.content())) {
            return new PDFTextStripper().getText(parsed);
        }
    }
}
