package org.openbsn.marketplace.inspection;

import java.util.List;

import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;

/** Refusals of an upload, each naming the file or field and the rule it breaks. */
final class Refusal {

    private Refusal() {
    }

    /** The package file breaks a rule; {@code key} is the rule, the message says where. */
    static InvalidInputException ofPackage(String key, String message, Object... arguments) {
        return new InvalidInputException(List.of(FieldViolation.of("package", "marketplace.package." + key, message,
                arguments)));
    }

    static InvalidInputException ofManifest(String key, String message, Object... arguments) {
        return new InvalidInputException(List.of(FieldViolation.of("manifest", "marketplace.manifest." + key, message,
                arguments)));
    }
}
