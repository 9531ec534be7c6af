package io.tollgate.adapter.provider.transport;

import io.tollgate.domain.relay.SecretRedaction;
import io.tollgate.domain.relay.UpstreamFailure;
import java.nio.charset.StandardCharsets;

/** A platform's error with the credential and key-shaped strings taken out, should the platform have echoed them. */
public final class Redacted {

    private Redacted() {}

    /** The body as text with secrets replaced; the same array when there was none (most error bodies). */
    public static byte[] body(byte[] body, String credential) {
        if (body.length == 0) {
            return body;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String redacted = SecretRedaction.redact(text, credential);
        return redacted.equals(text) ? body : redacted.getBytes(StandardCharsets.UTF_8);
    }

    /** The failure's message and body redacted. */
    public static UpstreamFailure failure(UpstreamFailure failure, String credential) {
        String message = SecretRedaction.redact(failure.message(), credential);
        byte[] body = body(failure.body(), credential);
        if (message.equals(failure.message()) && body == failure.body()) {
            return failure;
        }
        return new UpstreamFailure(failure.failureClass(), failure.status(), message, failure.retryAfter(), failure.contentType(), body);
    }
}
