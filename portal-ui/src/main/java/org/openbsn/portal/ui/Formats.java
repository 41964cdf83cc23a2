package org.openbsn.portal.ui;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import org.openbsn.infra.money.Money;

/** Dates, times and money as the reader's language writes them: "2026年12月7日 13:23:25" and "¥2,000.00" in Chinese. */
public final class Formats {

    private Formats() {
    }

    public static String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        Locale locale = locale();
        DateTimeFormatter format = "zh".equals(locale.getLanguage())
                // Chinese readers expect the 24-hour clock after the date (2026年12月7日 13:23:25), not 下午1:23:25
                ? DateTimeFormatter.ofPattern(DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                        IsoChronology.INSTANCE, locale) + " HH:mm:ss", locale)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale);
        return format.withZone(ZoneId.systemDefault()).format(at);
    }

    public static String date(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale())
                .withZone(ZoneId.systemDefault()).format(at);
    }

    /** Yuan with the currency sign in Chinese; elsewhere the amount in the reader's digits followed by the code. */
    public static String money(Money money) {
        if (money == null) {
            return "";
        }
        Locale locale = locale();
        Currency currency = Currency.getInstance(money.currency());
        if ("zh".equals(locale.getLanguage()) && "CNY".equals(currency.getCurrencyCode())) {
            NumberFormat yuan = NumberFormat.getCurrencyInstance(Locale.SIMPLIFIED_CHINESE);
            yuan.setCurrency(currency);
            yuan.setRoundingMode(RoundingMode.HALF_EVEN);
            return yuan.format(money.amount());
        }
        DecimalFormat amount = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        amount.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        amount.setMaximumFractionDigits(Math.max(currency.getDefaultFractionDigits(), money.amount().scale()));
        return amount.format(money.amount()) + " " + currency.getCurrencyCode();
    }

    /** The reader's locale; English outside a request (e.g. in a test). */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
    }
}
