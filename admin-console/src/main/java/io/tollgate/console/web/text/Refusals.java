package io.tollgate.console.web.text;

import java.util.Set;

/**
 * What a refusal page says: the message its stable code has in the reader's language. JSON replies keep the caller's
 * English message; English pages keep it too, since it names the very thing refused.
 */
public final class Refusals {

    /** Codes whose caller's message carries a detail only the caller knows (which field, which value): kept beside. */
    private static final Set<String> WITH_DETAIL = Set.of("invalid_request");

    private Refusals() {}

    public static String text(Texts t, String code, String message) {
        String key = "refusal." + code;
        if (t.lang() == Lang.EN || !t.has(key)) {
            return message;
        }
        return WITH_DETAIL.contains(code) && message != null && !message.isBlank()
                ? t.format("refusal.with-detail", t.get(key), message) : t.get(key);
    }

    /** A refusal known only by its status (the users' pages pass no code). */
    public static String byStatus(Texts t, int status, String message) {
        return switch (status) {
            case 400 -> text(t, "invalid_request", message);
            case 404 -> text(t, "not_found", message);
            default -> message;
        };
    }
}
