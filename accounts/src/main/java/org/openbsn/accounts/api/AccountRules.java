package org.openbsn.accounts.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.openbsn.infra.error.FieldViolation;

/** The rules an account's fields obey, shared by the sign-up form and the command side. */
public final class AccountRules {

    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;
    public static final int NAME_MAX = 80;
    public static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private AccountRules() {
    }

    /** Lower-cased and trimmed, so one person cannot register twice by changing case. */
    public static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<FieldViolation> email(String email) {
        String value = normaliseEmail(email);
        if (value.isEmpty()) {
            return Optional.of(FieldViolation.of("email", "rule.required", "is required"));
        }
        if (value.length() > EMAIL_MAX || !EMAIL.matcher(value).matches()) {
            return Optional.of(FieldViolation.of("email", "rule.email", "is not a valid e-mail address"));
        }
        return Optional.empty();
    }

    public static Optional<FieldViolation> displayName(String name) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            return Optional.of(FieldViolation.of("displayName", "rule.required", "is required"));
        }
        if (value.length() > NAME_MAX) {
            return Optional.of(FieldViolation.of("displayName", "rule.max-length",
                    "must be at most " + NAME_MAX + " characters", NAME_MAX));
        }
        return Optional.empty();
    }

    public static Optional<FieldViolation> password(String password) {
        int length = password == null ? 0 : password.length();
        if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
            return Optional.of(FieldViolation.of("password", "rule.password-length",
                    "must be " + PASSWORD_MIN + " to " + PASSWORD_MAX + " characters", PASSWORD_MIN, PASSWORD_MAX));
        }
        return Optional.empty();
    }

    public static Optional<FieldViolation> roles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            return Optional.of(FieldViolation.of("roles", "rule.roles-required", "choose at least one role"));
        }
        return Optional.empty();
    }

    public static Optional<FieldViolation> language(String language) {
        if (!Languages.SUPPORTED.contains(language)) {
            return Optional.of(FieldViolation.of("language", "rule.language", "is not a supported language"));
        }
        return Optional.empty();
    }

    /** Every rule a self-service sign-up breaks, the password and the roles one may choose included. */
    public static List<FieldViolation> checkSelfServiceSignUp(String email, String displayName, String password,
                                                              Set<Role> roles, String language) {
        List<FieldViolation> violations = checkSignUp(email, displayName, roles, language);
        password(password).ifPresent(violations::add);
        if (roles != null && !Role.selfService().containsAll(roles)) {
            violations.add(FieldViolation.of("roles", "rule.roles-self-service", "operators are appointed, not chosen"));
        }
        return violations;
    }

    /** Every rule a new account breaks. */
    public static List<FieldViolation> checkSignUp(String email, String displayName, Set<Role> roles, String language) {
        List<FieldViolation> violations = new ArrayList<>();
        email(email).ifPresent(violations::add);
        displayName(displayName).ifPresent(violations::add);
        roles(roles).ifPresent(violations::add);
        language(language).ifPresent(violations::add);
        return violations;
    }
}
