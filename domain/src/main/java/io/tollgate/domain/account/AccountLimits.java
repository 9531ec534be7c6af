package io.tollgate.domain.account;

/**
 * The bounds of an account's daily token quota and pool weight, and the one wording every door (admin API, user
 * API, console) gives when a value is out of them.
 */
public final class AccountLimits {

    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 1000;
    public static final String QUOTA_RULE = "the daily quota is a whole number of tokens, 0 for unlimited";
    public static final String WEIGHT_RULE = "the weight is a whole number from " + MIN_WEIGHT + " to " + MAX_WEIGHT;

    private static final int MAX_QUOTA_DIGITS = 15;

    private AccountLimits() {}

    /** The quota written as digits; anything else is an {@link IllegalArgumentException} saying {@link #QUOTA_RULE}. */
    public static long quota(String text) {
        if (text == null || !text.strip().matches("\\d{1," + MAX_QUOTA_DIGITS + "}")) {
            throw new IllegalArgumentException(QUOTA_RULE);
        }
        return Long.parseLong(text.strip());
    }

    /** The weight written as digits; anything else is an {@link IllegalArgumentException} saying {@link #WEIGHT_RULE}. */
    public static int weight(String text) {
        if (text == null || !text.strip().matches("\\d{1,4}")) {
            throw new IllegalArgumentException(WEIGHT_RULE);
        }
        return checkedWeight(Integer.parseInt(text.strip()));
    }

    /** The credential a new account needs: every platform but the built-in mock (which calls nothing) needs one. */
    public static String credential(Platform platform, String credential) {
        if ((credential == null || credential.isBlank()) && platform != Platform.MOCK) {
            throw new IllegalArgumentException("'credential' is required for " + platform.wireName());
        }
        return credential == null ? "" : credential;
    }

    static long checkedQuota(long quota) {
        if (quota < 0) {
            throw new IllegalArgumentException(QUOTA_RULE);
        }
        return quota;
    }

    static int checkedWeight(int weight) {
        if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException(WEIGHT_RULE);
        }
        return weight;
    }
}
