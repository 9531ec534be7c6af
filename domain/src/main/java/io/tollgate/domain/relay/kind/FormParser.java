package io.tollgate.domain.relay.kind;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a multipart/form-data body at its boundary; anything that does not follow the format is refused whole. */
final class FormParser {

    static final int MAX_PARTS = 64;
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");

    private FormParser() {}

    static Optional<FormData> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            return Optional.empty();
        }
        List<FormData.Part> parts = new ArrayList<>();
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int cursor = at + delimiter.length;
        while (true) {
            if (startsWith(body, cursor, "--")) {
                return Optional.of(new FormData(parts));
            }
            if (!startsWith(body, cursor, "\r\n") || parts.size() >= MAX_PARTS) {
                return Optional.empty();
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), cursor + 2);
            int end = headersEnd < 0 ? -1 : indexOf(body, next, headersEnd + 4);
            if (end < 0) {
                return Optional.empty();
            }
            Optional<FormData.Part> part = part(new String(body, cursor + 2, headersEnd - cursor - 2, StandardCharsets.UTF_8),
                    Arrays.copyOfRange(body, headersEnd + 4, end));
            if (part.isEmpty()) {
                return Optional.empty();
            }
            parts.add(part.get());
            cursor = end + next.length;
        }
    }

    private static Optional<FormData.Part> part(String headers, byte[] content) {
        String disposition = null;
        String type = "";
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (header.equals("content-disposition")) {
                disposition = value;
            } else if (header.equals("content-type")) {
                type = value;
            }
        }
        if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
            return Optional.empty();
        }
        Matcher name = NAME.matcher(disposition);
        if (!name.find()) {
            return Optional.empty();
        }
        Matcher filename = FILENAME.matcher(disposition);
        return Optional.of(new FormData.Part(name.group(1), filename.find() ? Optional.of(filename.group(1)) : Optional.empty(),
                type, content));
    }

    private static boolean startsWith(byte[] body, int at, String prefix) {
        if (at + prefix.length() > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (body[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] body, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= body.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (body[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
