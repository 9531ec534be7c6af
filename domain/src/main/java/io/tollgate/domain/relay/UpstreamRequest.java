package io.tollgate.domain.relay;

import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.account.ProviderAccount;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One call to one account: the caller's OpenAI-format body (the adapter sets the upstream model name and,
 * when streaming, forces {@code stream_options.include_usage}), the opened credential, and the most output tokens
 * the platform may produce (the adapter lowers a larger {@code max_tokens} to it and sets it when none was asked
 * for, so what the call holds against a balance bounds what it can cost), how long the attempt may wait, the
 * kind of model called (which decides the platform's endpoint and body format) and the body's content type.
 */
public record UpstreamRequest(ProviderAccount account, String credential, String upstreamModel, byte[] body, boolean stream,
                              OptionalLong maxOutputTokens, AttemptLimits limits, ModelKind kind, String contentType) {

    public static final String JSON = "application/json";

    public UpstreamRequest {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(upstreamModel, "upstreamModel");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(maxOutputTokens, "maxOutputTokens");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contentType, "contentType");
    }

    /** A chat call with a JSON body. */
    public UpstreamRequest(ProviderAccount account, String credential, String upstreamModel, byte[] body, boolean stream,
                           OptionalLong maxOutputTokens, AttemptLimits limits) {
        this(account, credential, upstreamModel, body, stream, maxOutputTokens, limits, ModelKind.CHAT, JSON);
    }

    /** With the platform defaults for waiting and no deadline. */
    public UpstreamRequest(ProviderAccount account, String credential, String upstreamModel, byte[] body, boolean stream,
                           OptionalLong maxOutputTokens) {
        this(account, credential, upstreamModel, body, stream, maxOutputTokens, AttemptLimits.NONE);
    }

    /** With no bound of Tollgate's on the output: the caller's body as it is. */
    public UpstreamRequest(ProviderAccount account, String credential, String upstreamModel, byte[] body, boolean stream) {
        this(account, credential, upstreamModel, body, stream, OptionalLong.empty());
    }

    /** The output bound for a body whose own limit is {@code requested}: the smaller of the two, or whichever is set. */
    public OptionalLong outputLimit(OptionalLong requested) {
        if (maxOutputTokens.isEmpty()) {
            return requested;
        }
        return OptionalLong.of(Math.min(requested.orElse(Long.MAX_VALUE), maxOutputTokens.getAsLong()));
    }

    /** Never prints the credential. */
    @Override
    public String toString() {
        return "UpstreamRequest[account=" + account.id() + ", model=" + upstreamModel + ", kind=" + kind.wireName() + ", stream=" + stream + "]";
    }
}
