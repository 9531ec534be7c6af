package io.tollgate.domain.relay;

import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.relay.kind.Dialect;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One call to one account: the caller's OpenAI-format body (the adapter sets the upstream model name and,
 * when streaming, forces {@code stream_options.include_usage}), the opened credential, and the most output tokens
 * the platform may produce (the adapter lowers a larger {@code max_tokens} to it and sets it when none was asked
 * for, so what the call holds against a balance bounds what it can cost), how long the attempt may wait, the
 * kind of model called (which decides the platform's endpoint and body format), the body's content type, the
 * dialect the body is written in (the reply must come back in it) and the caller's headers of that dialect (such as
 * {@code anthropic-version}), which only a platform speaking the dialect natively receives.
 */
public record UpstreamRequest(ProviderAccount account, String credential, String upstreamModel, byte[] body, boolean stream,
                              OptionalLong maxOutputTokens, AttemptLimits limits, ModelKind kind, String contentType,
                              Dialect dialect, Map<String, String> dialectHeaders) {

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
        Objects.requireNonNull(dialect, "dialect");
        dialectHeaders = Map.copyOf(dialectHeaders);
    }

    /** A call in chat completions' dialect. */
    public UpstreamRequest(ProviderAccount account, String credential, String upstreamModel, byte[] body, boolean stream,
                           OptionalLong maxOutputTokens, AttemptLimits limits, ModelKind kind, String contentType) {
        this(account, credential, upstreamModel, body, stream, maxOutputTokens, limits, kind, contentType,
                Dialect.CHAT_COMPLETIONS, Map.of());
    }

    /** The same call with {@code body} written in {@code dialect} (a translation of the caller's body). */
    public UpstreamRequest translated(byte[] translatedBody, Dialect to) {
        return new UpstreamRequest(account, credential, upstreamModel, translatedBody, stream, maxOutputTokens, limits, kind,
                contentType, to, to == dialect ? dialectHeaders : Map.of());
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
        return "UpstreamRequest[account=" + account.id() + ", model=" + upstreamModel + ", kind=" + kind.wireName() + ", dialect=" + dialect
                + ", stream=" + stream + "]";
    }
}
