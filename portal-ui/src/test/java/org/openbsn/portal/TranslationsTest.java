package org.openbsn.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openbsn.accounts.api.Role;
import org.openbsn.applications.api.CertificateMode;
import org.openbsn.applications.api.PublishingStep;
import org.openbsn.noderegistry.api.NodeStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text a person can see exists in English and in Simplified Chinese, and the Chinese is Chinese. */
class TranslationsTest {

    /**
     * Keys the code names, in every module: texts the views ask for, refusals and rules the domain raises, reasons
     * stored in events; each pattern's group 1 is the key, group 2 (when present) a prefix the code puts before it.
     */
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("(?:getTranslation|Texts\\.t|Reason\\.of|new DomainException)\\(\\s*\"([a-z][\\w.-]+)\""),
            Pattern.compile("FieldViolation\\.of\\([^;]*?,\\s*\"([a-z][\\w.-]+)\""),
            Pattern.compile("\"((?:rule|node|error|reason)\\.[a-z][\\w.-]+)\""));
    /** Refusals of a package or a manifest name their rule; the key is the rule under its prefix. */
    private static final Pattern PACKAGE_RULE = Pattern.compile("Refusal\\.of(Package|Manifest)\\(\\s*\"([\\w.-]+)\"");
    /** The field a refusal names, shown as its label. */
    private static final Pattern FIELD = Pattern.compile("FieldViolation\\.of\\(\\s*\"([A-Za-z]+)\"");
    /** What may read the same in both languages: product names, units, numbers, placeholders, punctuation. */
    private static final Pattern SAME_IN_BOTH = Pattern.compile(
            "(?:OpenBSN|TPS|GB|KB|MB|Mbps|CNY|\\{\\d+}|[\\d\\s%:：;；/()（）·.,+-])*");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("translations_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("translations.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesIsTranslatedInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String source : sources()) {
            for (Pattern pattern : KEY_USES) {
                Matcher matcher = pattern.matcher(source);
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".")) { // a prefix completed at run time; see everyStatusAndRoleIsTranslated
                        used.add(matcher.group(1));
                    }
                }
            }
            Matcher rule = PACKAGE_RULE.matcher(source);
            while (rule.find()) {
                used.add("marketplace." + rule.group(1).toLowerCase() + "." + rule.group(2));
            }
            Matcher field = FIELD.matcher(source);
            while (field.find()) {
                used.add("field." + field.group(1));
            }
        }
        assertThat(used).hasSizeGreaterThan(300).contains("field.nodes", "reason.publishing.failed", "node.not-active");
        assertThat(bundle("translations.properties").stringPropertyNames()).containsAll(used);
        assertThat(bundle("translations_zh_CN.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void noTextIsEmptyAndTheChineseIsNotEnglish() throws IOException {
        Properties english = bundle("translations.properties");
        Properties chinese = bundle("translations_zh_CN.properties");
        Map<String, String> untranslated = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            String zh = chinese.getProperty(key, "");
            assertThat(zh).as(key).isNotBlank();
            boolean hasChinese = zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (!hasChinese && !SAME_IN_BOTH.matcher(zh).matches()) {
                untranslated.put(key, zh);
            }
        }
        assertThat(untranslated).as("Chinese texts that are still English").isEmpty();
    }

    @Test
    void everyStatusAndRoleIsTranslated() throws IOException {
        Set<String> keys = bundle("translations.properties").stringPropertyNames();
        for (NodeStatus status : NodeStatus.values()) {
            assertThat(keys).contains("status." + status.name());
        }
        for (Role role : Role.values()) {
            assertThat(keys).contains("role." + role.name(), "home.role." + role.name());
        }
        for (CertificateMode mode : CertificateMode.values()) {
            assertThat(keys).contains("gateway.mode." + mode.name());
        }
        for (PublishingStep step : PublishingStep.values()) {
            assertThat(keys).contains("publish.step." + step.name());
        }
        for (String action : List.of("registered", "approved", "rejected", "suspended", "resumed", "capacity-changed",
                "prices-changed", "retired", "capacity-reserved", "capacity-released")) {
            assertThat(keys).contains("history." + action);
        }
    }

    /** The main sources of every module, read once. */
    private static List<String> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("..").toAbsolutePath().normalize())) {
            return files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("src/main/java"))
                    .map(TranslationsTest::read).toList();
        }
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
