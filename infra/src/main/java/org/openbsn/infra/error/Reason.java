package org.openbsn.infra.error;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Why something happened, as a message key with arguments that the reader's language renders at read time.
 * {@code text} is the English sentence, for logs and for readers without the key; a reason without a key (a
 * ledger's own words, a name, a number, or the English text of an event stored before reasons had keys) is
 * shown as its text. Arguments are reasons too, so a sentence can carry another one ("refunded because …").
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Reason(String key, List<Reason> arguments, String text) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Reason(@JsonProperty("key") String key, @JsonProperty("arguments") List<Reason> arguments,
                  @JsonProperty("text") String text) {
        this.key = key;
        this.arguments = arguments == null ? List.of() : List.copyOf(arguments);
        this.text = text == null ? "" : text;
    }

    /** Words shown as they are, in every language: a value, or the English text an older event stored. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Reason verbatim(String text) {
        return new Reason(null, List.of(), text);
    }

    /** The sentence {@code key} with {@code arguments}; each argument that is not a reason is shown as it is. */
    public static Reason of(String key, String english, Object... arguments) {
        return new Reason(key, Arrays.stream(arguments).map(Reason::argument).toList(), english);
    }

    /**
     * Why {@code failure} happened: a refused rule by its key, anything else (e.g. the ledger) in its own words, which
     * the sentence that carries them translates around.
     */
    public static Reason of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return of(invalid.violations());
            }
            if (cause instanceof DomainException refusal) {
                return of(refusal.messageKey(), refusal.getMessage(), refusal.arguments().toArray());
            }
        }
        Throwable shown = failure;
        while (shown.getCause() != null && shown.getCause() != shown && (shown.getMessage() == null
                || shown.getMessage().equals(shown.getCause().toString()))) {
            shown = shown.getCause();
        }
        return verbatim(shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage());
    }

    /** Each field that breaks a rule, with its label and what is wrong with it, one after the other. */
    private static Reason of(List<FieldViolation> violations) {
        Reason all = null;
        for (FieldViolation violation : violations) {
            Reason one = of("reason.field", violation.field() + ": " + violation.englishMessage(),
                    of("field." + violation.field(), violation.field()),
                    of(violation.messageKey(), violation.englishMessage(), violation.arguments().toArray()));
            all = all == null ? one : of("reason.and", all + "; " + one, all, one);
        }
        return all == null ? verbatim("") : all;
    }

    /** Whether this is rendered from a key, rather than shown as its text. */
    public boolean hasKey() {
        return key != null && !key.isBlank();
    }

    /** The same reason with every text cut to at most {@code max} characters, so outside words cannot grow an event. */
    public Reason clipped(int max) {
        return new Reason(key, arguments.stream().map(argument -> argument.clipped(max)).toList(),
                text.length() <= max ? text : text.substring(0, max - 1) + "…");
    }

    @Override
    public String toString() {
        return text;
    }

    private static Reason argument(Object argument) {
        return argument instanceof Reason reason ? reason : verbatim(String.valueOf(argument));
    }
}
