package org.openbsn.billing.query;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.openbsn.billing.api.InvoiceDocument;
import org.openbsn.billing.api.InvoiceView;
import org.openbsn.billing.api.QuoteLine;
import org.openbsn.infra.money.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An invoice or credit note as a PDF (Apache PDFBox), labelled in English and Chinese: number, seller, buyer,
 * lines, and totals in CNY without tax. Chinese names are written in an embedded CJK TrueType font.
 */
@Component
class InvoicePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final float MARGIN = 50;
    private static final float[] COLUMNS = {50, 200, 290, 350, 440, 480};

    private final String seller;
    private final String cjkFont;

    InvoicePdf(@Value("${bsn.billing.seller:OpenBSN 区块链服务网络 (OpenBSN Blockchain-based Service Network)}") String seller,
               @Value("${bsn.billing.pdf-cjk-font:}") String cjkFont) {
        this.seller = seller;
        this.cjkFont = cjkFont;
    }

    InvoiceDocument render(InvoiceView invoice, String buyerName) {
        boolean credit = invoice.creditNote();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfFonts fonts = new PdfFonts(document, cjkFont);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            document.getDocumentInformation().setTitle((credit ? "Credit note " : "Invoice ") + invoice.invoiceNumber());
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                Writer w = new Writer(content, fonts, page.getMediaBox().getHeight() - MARGIN);
                w.line(MARGIN, 18, (credit ? "Credit note 红字发票 " : "Invoice 发票 ") + invoice.invoiceNumber());
                w.gap(8);
                if (credit) {
                    w.line(MARGIN, 10, "Credits invoice 冲销发票: " + nullToDash(invoice.credits()));
                    w.line(MARGIN, 10, "Reason 原因: " + nullToDash(invoice.reason() == null ? null : invoice.reason().text()));
                }
                w.line(MARGIN, 10, "Seller 销售方: " + seller);
                String buyer = buyerName == null || buyerName.isBlank() ? invoice.buyerId()
                        : buyerName + " (" + invoice.buyerId() + ")";
                w.line(MARGIN, 10, "Buyer 购买方: " + buyer);
                w.line(MARGIN, 10, "Order 订单: " + invoice.orderId());
                w.line(MARGIN, 10, (credit ? "Issued 开具时间: " : "Paid 支付时间: ") + DATE.format(invoice.paidAt()));
                w.line(MARGIN, 10, "Payment 支付: " + invoice.provider() + " " + nullToDash(invoice.paymentReference()));
                w.gap(10);
                w.row(9, "City node 城市节点", "Resource 资源", "Quantity 数量", "Yearly price 年单价", "Years 年",
                        "Amount 金额");
                for (QuoteLine line : invoice.lines()) {
                    w.row(9, line.nodeName(), resource(line), Integer.toString(line.quantity()), money(line.unitPrice()),
                            Integer.toString(invoice.years()), money(line.amount()));
                }
                w.gap(6);
                w.line(MARGIN, 10, "Platform fee 平台服务费: " + money(invoice.platformFee()));
                w.line(MARGIN, 12, "Total, tax-free 合计（免税）: " + money(invoice.total()));
            }
            document.save(out);
            String kind = credit ? "credit-note-" : "invoice-";
            return new InvoiceDocument(kind + invoice.invoiceNumber() + ".pdf", "application/pdf", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Invoice " + invoice.invoiceNumber() + " could not be written as PDF", e);
        }
    }

    private static String resource(QuoteLine line) {
        return switch (line.resource()) {
            case TPS -> "TPS";
            case STORAGE_GB -> "Storage GB 存储";
            case BANDWIDTH_MBPS -> "Bandwidth Mbps 带宽";
            case LICENCE -> "Licence 许可";
        };
    }

    /** CNY 1,234.50 (the amount as stored, grouped; never rounded). */
    static String money(Money money) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        BigDecimal amount = money.amount();
        return money.currency() + " " + format.format(amount);
    }

    private static String nullToDash(String text) {
        return text == null ? "-" : text;
    }

    /** Writes lines top to bottom, each run in a font that has its glyphs. */
    private static final class Writer {

        private final PDPageContentStream content;
        private final PdfFonts fonts;
        private float y;

        Writer(PDPageContentStream content, PdfFonts fonts, float top) {
            this.content = content;
            this.fonts = fonts;
            this.y = top;
        }

        void gap(float points) {
            y -= points;
        }

        void line(float x, float size, String text) throws IOException {
            y -= size * 1.5f;
            write(x, size, text);
        }

        void row(float size, String... cells) throws IOException {
            y -= size * 1.6f;
            for (int i = 0; i < cells.length; i++) {
                write(COLUMNS[i], size, cells[i]);
            }
        }

        private void write(float x, float size, String text) throws IOException {
            content.beginText();
            content.newLineAtOffset(x, y);
            for (PdfFonts.Run run : fonts.runs(text)) {
                content.setFont(run.font(), size);
                content.showText(run.text());
            }
            content.endText();
        }
    }
}
