package org.openbsn.devnet.admin;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body as Go's {@code multipart.Reader.ReadForm} splits it: parts with a file name are
 * files, the others values, each by its form name.
 */
record MultipartForm(Map<String, byte[]> files, Map<String, byte[]> values) {

    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

    /** Splits {@code body} at {@code boundary}; an {@code IllegalArgumentException} says what is malformed. */
    static MultipartForm parse(byte[] body, String boundary) {
        if (boundary == null || boundary.isEmpty()) {
            throw new IllegalArgumentException("no multipart boundary param in Content-Type");
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, byte[]> values = new LinkedHashMap<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw new IllegalArgumentException("multipart: NextPart: EOF");
        }
        at += delimiter.length;
        while (true) {
            if (startsWith(body, at, new byte[] {'-', '-'})) {
                return new MultipartForm(files, values);
            }
            if (!startsWith(body, at, CRLF)) {
                throw new IllegalArgumentException("multipart: boundary not followed by a line break");
            }
            int headersEnd = indexOf(body, HEADERS_END, at + 2);
            int end = headersEnd < 0 ? -1 : indexOf(body, next, headersEnd + 4);
            if (end < 0) {
                throw new IllegalArgumentException("multipart: NextPart: unexpected EOF");
            }
            String headers = new String(body, at + 2, headersEnd - at - 2, StandardCharsets.UTF_8);
            Matcher name = NAME.matcher(headers);
            if (!name.find()) {
                throw new IllegalArgumentException("multipart: a part names no form field");
            }
            byte[] content = Arrays.copyOfRange(body, headersEnd + 4, end);
            (FILE_NAME.matcher(headers).find() ? files : values).put(name.group(1), content);
            at = end + next.length;
        }
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        return at + prefix.length <= body.length && Arrays.equals(body, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] body, byte[] wanted, int from) {
        for (int i = Math.max(0, from); i + wanted.length <= body.length; i++) {
            if (startsWith(body, i, wanted)) {
                return i;
            }
        }
        return -1;
    }
}
