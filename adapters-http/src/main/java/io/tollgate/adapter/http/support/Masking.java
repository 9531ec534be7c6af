package io.tollgate.adapter.http.support;

/** How secrets appear in logs: tokens cut to their first 20 characters, passwords never. */
public final class Masking {

    private static final int TOKEN_PREFIX = 20;

    private Masking() {}

    public static String token(String token) {
        if (token == null || token.isEmpty()) {
            return "未提供";
        }
        return token.length() <= TOKEN_PREFIX ? token.substring(0, Math.min(8, token.length())) + "..."
                : token.substring(0, TOKEN_PREFIX) + "...";
    }

    public static String password(String password) {
        return password == null || password.isEmpty() ? "未提供" : "***已提供***";
    }

    /** User text, shortened so one question cannot flood the log. */
    public static String text(String text) {
        if (text == null) {
            return "未提供";
        }
        String oneLine = text.replaceAll("[\\r\\n]+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…(" + oneLine.length() + " 字)";
    }
}
