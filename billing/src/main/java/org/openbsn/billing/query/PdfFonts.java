package org.openbsn.billing.query;

import java.io.File;
import java.io.IOException;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts of one PDF: a Latin TrueType font (DejaVu Sans, else Helvetica) and a CJK TrueType font for Chinese
 * (the configured file, else Droid Sans Fallback, WenQuanYi or AR PL). Each text run uses the first that has its glyphs;
 * without a CJK font, Chinese is written as '?' and the log says which package to install.
 */
final class PdfFonts {

    static final List<String> LATIN = List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    static final List<String> CJK = List.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc");

    private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);

    private final PDFont latin;
    private final PDFont cjk;

    PdfFonts(PDDocument document, String configuredCjkFont) throws IOException {
        latin = firstOf(document, LATIN).orElse(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        List<String> cjkCandidates = configuredCjkFont == null || configuredCjkFont.isBlank() ? CJK
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(configuredCjkFont), CJK.stream()).toList();
        cjk = firstOf(document, cjkCandidates).orElse(null);
        if (cjk == null) {
            log.warn("No CJK TrueType font found ({}); Chinese text in invoice PDFs is written as '?'. "
                    + "Install fonts-droid-fallback or set bsn.billing.pdf-cjk-font", cjkCandidates);
        }
    }

    private static java.util.Optional<PDFont> firstOf(PDDocument document, List<String> paths) throws IOException {
        for (String path : paths) {
            File file = new File(path);
            if (!file.isFile()) {
                continue;
            }
            if (path.endsWith(".ttc")) {
                // left open: the subset is embedded from it when the document is saved
                TrueTypeCollection collection = new TrueTypeCollection(file);
                PDFont[] first = new PDFont[1];
                collection.processAllFonts(font -> {
                    if (first[0] == null) {
                        first[0] = PDType0Font.load(document, font, true);
                    }
                });
                if (first[0] != null) {
                    return java.util.Optional.of(first[0]);
                }
            } else {
                return java.util.Optional.of(PDType0Font.load(document, file));
            }
        }
        return java.util.Optional.empty();
    }

    /** The text cut into runs, each with a font that can write it. */
    List<Run> runs(String text) {
        List<Run> runs = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String ch = new String(Character.toChars(codePoint));
            i += ch.length();
            PDFont font = canWrite(latin, ch) ? latin : cjk != null && canWrite(cjk, ch) ? cjk : latin;
            String written = font == latin && !canWrite(latin, ch) ? "?" : ch;
            if (font != currentFont && !current.isEmpty()) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.append(written);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
    }

    private static boolean canWrite(PDFont font, String ch) {
        try {
            font.encode(ch);
            return font.getStringWidth(ch) > 0 || ch.isBlank();
        } catch (IOException | IllegalArgumentException cannot) {
            return false;
        }
    }

    /** A piece of text and the font it is written in. */
    record Run(String text, PDFont font) {
    }
}
