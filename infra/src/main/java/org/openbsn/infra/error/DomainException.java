package org.openbsn.infra.error;

import java.util.List;

/**
 * A rule refused a request. {@code messageKey} names the translation the portal shows; the
 * English message is for logs and for callers without a translation.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public DomainException(String messageKey, String englishMessage, Object... arguments) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
