package io.tollgate.domain.relay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes secrets out of text a platform wrote before it reaches a caller, a log or an account's status: the credential
 * the call was made with (and its parts, for credentials made of two), and anything shaped like a platform key —
 * {@code sk-…} keys, Bearer tokens, JWTs, runs of 32+ hex digits, and runs of 32+ base64 characters that mix upper
 * case, lower case and digits, as generated keys do and words do not.
 */
public final class SecretRedaction {

    public static final String MARK = "[redacted]";
    // Shorter parts of a credential would take ordinary text with them.
    private static final int SHORTEST_SECRET = 8;
    // A token may hold dots but does not end with one: that is the sentence's.
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer|basic)(\\s+)[A-Za-z0-9._~+/-]{7,}[A-Za-z0-9_~+/-]=*");
    private static final Pattern SHAPED = Pattern.compile(
            "\\bsk-[A-Za-z0-9_-]{12,}"
            + "|\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*"
            + "|(?<![A-Za-z0-9_+/-])[0-9a-fA-F]{32,}(?![A-Za-z0-9_+/-])");
    private static final Pattern LONG_TOKEN = Pattern.compile("(?<![A-Za-z0-9_+/-])[A-Za-z0-9_+/-]{32,}={0,2}(?![A-Za-z0-9_+/=-])");

    private SecretRedaction() {}

    /** The text with the credential, its parts and key-shaped strings replaced by {@link #MARK}. */
    public static String redact(String text, String credential) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String redacted = text;
        for (String secret : secretsOf(credential)) {
            redacted = redacted.replace(secret, MARK);
        }
        redacted = BEARER.matcher(redacted).replaceAll("$1$2" + Matcher.quoteReplacement(MARK));
        redacted = SHAPED.matcher(redacted).replaceAll(Matcher.quoteReplacement(MARK));
        return LONG_TOKEN.matcher(redacted).replaceAll(match -> Matcher.quoteReplacement(
                generated(match.group()) ? MARK : match.group()));
    }

    /** Only key shapes, where no credential is known. */
    public static String redact(String text) {
        return redact(text, "");
    }

    /** The whole credential and, for those made of parts ({@code AK:SK}, {@code id.secret}), each long part; longest first. */
    static List<String> secretsOf(String credential) {
        List<String> secrets = new ArrayList<>();
        if (credential == null || credential.strip().length() < SHORTEST_SECRET) {
            return secrets;
        }
        secrets.add(credential.strip());
        for (String part : credential.split("[:.\\s]+")) {
            if (part.length() >= SHORTEST_SECRET && !secrets.contains(part)) {
                secrets.add(part);
            }
        }
        secrets.sort(Comparator.comparingInt(String::length).reversed());
        return secrets;
    }

    private static boolean generated(String token) {
        return token.chars().anyMatch(Character::isUpperCase) && token.chars().anyMatch(Character::isLowerCase)
                && token.chars().anyMatch(Character::isDigit);
    }
}
