package io.tollgate.application.relay.usage;

import java.time.LocalDate;

/**
 * Daily counts of keyless calls to public models: each model's token pool and each client IP's requests and
 * tokens per model, shared by every node that uses the same database.
 */
public interface PublicUsage {

    /** Counts one request by the IP that day unless it already made {@code limit}; false when refused. */
    boolean tryRequest(String model, String clientIp, LocalDate day, long limit);

    /** Tokens all keyless callers used on the model that day. */
    long modelTokens(String model, LocalDate day);

    /** Tokens the IP used on the model that day. */
    long ipTokens(String model, String clientIp, LocalDate day);

    /** Adds the tokens to the model's pool and to the IP's count. */
    void addTokens(String model, String clientIp, LocalDate day, long tokens);

    /** Drops the counts of days before this one; how many rows went. */
    int forgetBefore(LocalDate day);
}
