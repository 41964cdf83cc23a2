package org.openbsn.portal.ui;

import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import org.openbsn.infra.error.FieldViolation;

/** Lets a form check a field with the same rule the server applies, in the person's language. */
public final class RuleValidator {

    private RuleValidator() {
    }

    public static <T> Validator<T> of(Function<T, Optional<FieldViolation>> rule) {
        return (value, context) -> rule.apply(value)
                .map(violation -> ValidationResult.error(Texts.of(violation)))
                .orElseGet(ValidationResult::ok);
    }
}
