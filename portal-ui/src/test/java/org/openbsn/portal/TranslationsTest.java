package org.openbsn.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openbsn.accounts.api.Role;
import org.openbsn.applications.api.CertificateMode;
import org.openbsn.noderegistry.api.NodeStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text a person can see exists in English and in Simplified Chinese. */
class TranslationsTest {

    /** Literal keys: getTranslation("…"), Texts.t("…"), and the rule/refusal keys domain code raises. */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|Texts\\.t)\\(\"([a-z][\\w.-]+)\"|\"((?:rule|node|error)\\.[a-z][\\w.-]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("translations_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("translations.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesIsTranslated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("..").toAbsolutePath().normalize())) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java") && p.toString().contains("src/main/java"))
                    .toList()) {
                Matcher matcher = KEY_USE.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                    if (!key.endsWith(".")) { // a prefix completed at run time; see everyStatusAndRoleIsTranslated
                        used.add(key);
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(bundle("translations.properties").stringPropertyNames()).containsAll(used);
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
        for (String action : List.of("registered", "approved", "rejected", "suspended", "resumed", "capacity-changed",
                "prices-changed", "retired", "capacity-reserved", "capacity-released")) {
            assertThat(keys).contains("history." + action);
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
