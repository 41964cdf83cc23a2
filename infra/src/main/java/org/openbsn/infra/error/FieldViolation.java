package org.openbsn.infra.error;

import java.util.List;

/** One input field that breaks one rule: {@code messageKey} says which, with its arguments. */
public record FieldViolation(String field, String messageKey, String englishMessage, List<Object> arguments) {

    public static FieldViolation of(String field, String messageKey, String englishMessage, Object... arguments) {
        return new FieldViolation(field, messageKey, englishMessage, List.of(arguments));
    }
}
