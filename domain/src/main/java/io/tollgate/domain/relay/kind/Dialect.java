package io.tollgate.domain.relay.kind;

/**
 * The wire format a caller spoke to Tollgate in, which its reply comes back in: OpenAI's chat completions,
 * Anthropic's Messages or OpenAI's Responses. A platform that speaks the caller's dialect gets the caller's body;
 * any other gets it as chat completions and its answer is turned back into the caller's dialect.
 */
public enum Dialect {
    CHAT_COMPLETIONS,
    ANTHROPIC_MESSAGES,
    OPENAI_RESPONSES
}
