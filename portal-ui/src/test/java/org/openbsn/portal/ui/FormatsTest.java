package org.openbsn.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openbsn.infra.money.Money;

class FormatsTest {

    private static final Instant AT = Instant.parse("2026-12-07T13:23:25Z");

    @AfterEach
    void leaveTheUi() {
        UI.setCurrent(null);
    }

    @Test
    void aChineseReaderSeesChineseDatesOnTheTwentyFourHourClockAndYuan() {
        reader(Locale.SIMPLIFIED_CHINESE);

        assertThat(Formats.dateTime(AT)).matches("2026年12月\\d{1,2}日 \\d{2}:\\d{2}:25");
        assertThat(Formats.date(AT)).matches("2026年12月\\d{1,2}日");
        assertThat(Formats.money(Money.cny("2000.00"))).isEqualTo("¥2,000.00");
    }

    @Test
    void anEnglishReaderSeesEnglishDatesAndAmountsWithTheCurrencyCode() {
        reader(Locale.ENGLISH);

        assertThat(Formats.dateTime(AT)).matches("Dec \\d{1,2}, 2026, \\d{1,2}:\\d{2}:25\\s[AP]M");
        assertThat(Formats.money(Money.cny("2000.00"))).isEqualTo("2,000.00 CNY");
        assertThat(Formats.money(null)).isEmpty();
    }

    private static void reader(Locale locale) {
        UI ui = new UI();
        ui.setLocale(locale);
        UI.setCurrent(ui);
    }
}
