package org.openbsn.accounts.api;

import java.util.List;
import java.util.Locale;

/** The languages the portal speaks. */
public final class Languages {

    public static final String ENGLISH = "en";
    public static final String SIMPLIFIED_CHINESE = "zh-CN";
    public static final List<String> SUPPORTED = List.of(ENGLISH, SIMPLIFIED_CHINESE);

    private Languages() {
    }

    /** The supported language closest to {@code locale}; English when there is none. */
    public static String closestTo(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? SIMPLIFIED_CHINESE : ENGLISH;
    }

    public static Locale toLocale(String language) {
        return SIMPLIFIED_CHINESE.equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
