package org.openbsn.marketplace.api;

import java.util.List;

/** The values a package manifest may use for its category, language and function types (the portal offers the same). */
public final class ManifestVocabulary {

    public static final List<String> CATEGORIES = List.of("supply-chain", "finance", "government", "healthcare",
            "identity", "energy", "other");
    public static final List<String> LANGUAGES = List.of("java", "go", "javascript", "other");
    public static final List<String> FUNCTION_TYPES = List.of("invoke", "query", "event");

    private ManifestVocabulary() {
    }
}
