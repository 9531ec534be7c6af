package io.tollgate.domain.account;

import java.util.Objects;

/**
 * What a call on a user's own account asked and got, shortened for its usage page and without NUL characters (which
 * no text column stores: a prompt holding one must not keep the call from being recorded); empty strings when unknown.
 */
public record CallSummary(String request, String response, String error) {

    /** The longest summary kept, in characters. */
    public static final int MAX = 200;

    public CallSummary {
        request = shorten(Objects.requireNonNull(request, "request"));
        response = shorten(Objects.requireNonNull(response, "response"));
        error = shorten(Objects.requireNonNull(error, "error"));
    }

    private static String shorten(String text) {
        text = text.replace("\u0000", "");
        return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
    }
}
