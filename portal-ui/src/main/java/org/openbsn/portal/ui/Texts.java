package org.openbsn.portal.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.infra.error.Reason;

/** Turns rule violations and refusals into sentences in the person's language. */
public final class Texts {

    private Texts() {
    }

    public static String t(String key, Object... args) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, args);
    }

    public static String of(FieldViolation violation) {
        return orEnglish(t(violation.messageKey(), rendered(violation.arguments())), violation.messageKey(),
                violation.englishMessage());
    }

    /** A refusal as one sentence: the rule's own words, or each field with what is wrong with it. */
    public static String of(DomainException refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            StringBuilder text = new StringBuilder();
            for (FieldViolation violation : invalid.violations()) {
                if (!text.isEmpty()) {
                    text.append("; ");
                }
                text.append(field(violation.field())).append(": ").append(of(violation));
            }
            return text.toString();
        }
        return orEnglish(t(refusal.messageKey(), rendered(refusal.arguments())), refusal.messageKey(), refusal.getMessage());
    }

    /** A stored reason in the reader's language: its key with its arguments, or its own words when it has no key. */
    public static String of(Reason reason) {
        if (reason == null) {
            return "";
        }
        if (!reason.hasKey()) {
            return reason.text();
        }
        return orEnglish(t(reason.key(), rendered(reason.arguments())), reason.key(), reason.text());
    }

    private static Object[] rendered(List<?> arguments) {
        return arguments.stream().map(argument -> argument instanceof Reason reason ? of(reason) : argument).toArray();
    }

    /** The label of the field a refusal names; a field inside a list ("items[0].nodeId") reads as its list's label. */
    public static String field(String field) {
        String plain = field.replaceAll("\\[\\d+]", "");
        for (String candidate : List.of(field, plain, plain.substring(plain.lastIndexOf('.') + 1), plain.split("\\.")[0])) {
            String label = t("field." + candidate);
            if (!isMissing(label, "field." + candidate)) {
                return label;
            }
        }
        return field;
    }

    private static boolean isMissing(String translated, String key) {
        return translated.startsWith("!") && translated.endsWith(key);
    }

    /** A rule the portal does not translate (yet) is shown in the rule's own English words rather than as its key. */
    private static String orEnglish(String translated, String key, String english) {
        return isMissing(translated, key) && english != null ? english : translated;
    }

    /** The domain refusal behind {@code failure}, if there is one (Axon and futures wrap them). */
    public static Optional<DomainException> refusal(Throwable failure) {
        return causeOf(failure, DomainException.class);
    }

    /** The first exception of {@code type} in {@code failure}'s chain of causes. */
    public static <T extends Throwable> Optional<T> causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
