package org.openbsn.billing.api;

import java.util.List;
import java.util.regex.Pattern;

import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;

/** Where a buyer may be sent after paying: only a path of this portal, never another site. */
public final class ReturnUrls {

    private static final Pattern SAFE_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~/?=&%:+,;@]*");
    private static final int MAX_LENGTH = 500;

    private ReturnUrls() {
    }

    public static boolean isSafe(String returnUrl) {
        return returnUrl != null && returnUrl.length() <= MAX_LENGTH && SAFE_PATH.matcher(returnUrl).matches();
    }

    /** Refuses anything but a same-origin relative path such as {@code /applications/app-1}. */
    public static String require(String returnUrl) {
        if (!isSafe(returnUrl)) {
            throw new InvalidInputException(List.of(FieldViolation.of("returnUrl", "rule.return-url",
                    "must be a path of this portal starting with a single /, not " + returnUrl, String.valueOf(returnUrl))));
        }
        return returnUrl;
    }
}
