package org.openbsn.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

/**
 * What a page shows a reader of Simplified Chinese: no missing-translation marker, no English
 * sentence, no English date. Product names, units and values people typed may stay Latin.
 */
final class ChineseText {

    /** Words that are the same in both languages: product and unit names, codes. */
    private static final Pattern ALLOWED = Pattern.compile(
            "https?://\\S+|[\\w.+-]+@[\\w.-]+|OpenBSN|BSN|Hyperledger|Fabric|Stripe|Example Cloud|TPS|GB|Mbps|CNY|UTC|PEM|"
                    + "SDK|CRUD|JSON|URL|ID|TEST|ccaas|devnet");
    private static final Pattern MARKER = Pattern.compile("![a-z]{2}(_[A-Z]{2})?: ");
    /** Three or more English words in a row. */
    private static final Pattern SENTENCE = Pattern.compile("\\b[A-Za-z][a-z]+(?:[ ,;:'’]+[A-Za-z][a-z]*){2,}\\b");
    /** "Dec 7, 2026" or "1:23:25 PM": a date or time formatted for English. */
    private static final Pattern ENGLISH_DATE = Pattern.compile(
            "\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{1,2}, \\d{4}|\\d{1,2}:\\d{2}(?::\\d{2})? ?[AP]M\\b");

    private ChineseText() {
    }

    /** Fails naming every English remnant on {@code page}, the page's visible text and open notifications together. */
    static void assertChinese(Page page, String where, String... ids) {
        String text = page.locator("body").innerText();
        List<String> problems = problems(text);
        for (String id : ids) {
            assertThat(text).as("%s shows an id instead of a name", where).doesNotContain(id);
        }
        assertThat(problems).as("%s reads in Chinese, but shows:%n%s", where, text).isEmpty();
    }

    static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        find(MARKER, text, problems);
        find(ENGLISH_DATE, text, problems);
        find(SENTENCE, ALLOWED.matcher(text).replaceAll(" "), problems);
        return problems;
    }

    private static void find(Pattern pattern, String text, List<String> problems) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            int lineStart = text.lastIndexOf('\n', matcher.start()) + 1;
            int lineEnd = text.indexOf('\n', matcher.end());
            problems.add(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip());
        }
    }
}
