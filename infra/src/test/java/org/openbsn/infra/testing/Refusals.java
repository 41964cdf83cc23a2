package org.openbsn.infra.testing;

import java.util.Arrays;
import java.util.List;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;

/** Matchers that say which rule refused a command, for Axon's test fixtures. */
public final class Refusals {

    private Refusals() {
    }

    /** A refusal with this message key. */
    public static Matcher<Throwable> refusedWith(String messageKey) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable failure) {
                return failure instanceof DomainException domain && domain.messageKey().equals(messageKey);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with key ").appendValue(messageKey);
            }
        };
    }

    /** Invalid input naming exactly these fields. */
    public static Matcher<Throwable> invalidFields(String... fields) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable failure) {
                return failure instanceof InvalidInputException invalid
                        && invalid.violations().stream().map(FieldViolation::field).sorted().toList()
                        .equals(Arrays.stream(fields).sorted().toList());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("invalid input naming fields ").appendValue(List.of(fields));
            }

            @Override
            protected void describeMismatchSafely(Throwable failure, Description description) {
                description.appendText("was ").appendValue(failure);
            }
        };
    }

    /** Invalid input where {@code field} broke the rule {@code messageKey}. */
    public static Matcher<Throwable> invalidField(String field, String messageKey) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable failure) {
                return failure instanceof InvalidInputException invalid && invalid.violations().stream()
                        .anyMatch(v -> v.field().equals(field) && v.messageKey().equals(messageKey));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("invalid input: ").appendValue(field).appendText(" breaks ").appendValue(messageKey);
            }
        };
    }
}
