package io.tollgate.application.relay.usage;

import io.tollgate.domain.identity.ApiKeyId;

/** Per-key request and token counts per minute, shared by every node that uses the same database. */
public interface RateWindows {

    /** Counts one request in that minute unless the key already made {@code limit}; false when refused. */
    boolean tryRequest(ApiKeyId key, long epochMinute, int limit);

    long tokens(ApiKeyId key, long epochMinute);

    void addTokens(ApiKeyId key, long epochMinute, long tokens);

    /** Drops the counts of minutes before this one, which no limit reads any more; how many went. */
    int forgetBefore(long epochMinute);
}
