package org.openbsn.infra.error;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks one or more field rules; nothing was changed. */
public class InvalidInputException extends DomainException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("error.invalid-input", violations.stream()
                .map(v -> v.field() + ": " + v.englishMessage())
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** Throws when {@code violations} is not empty. */
    public static void throwIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
