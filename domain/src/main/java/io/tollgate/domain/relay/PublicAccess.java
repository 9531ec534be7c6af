package io.tollgate.domain.relay;

/**
 * What a public model lets callers without an API key use per quota day: a token pool shared by all of them,
 * and each client IP's requests and tokens. A limit of 0 means that limit does not apply.
 */
public record PublicAccess(long dailyTokens, long ipDailyRequests, long ipDailyTokens) {

    public PublicAccess {
        if (dailyTokens < 0 || ipDailyRequests < 0 || ipDailyTokens < 0) {
            throw new IllegalArgumentException("public limits cannot be negative");
        }
    }
}
