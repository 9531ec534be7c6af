package io.tollgate.adapter.provider.errors;

import io.tollgate.domain.account.FailureClass;
import java.util.Locale;
import java.util.Optional;

/** What Anthropic's error types mean, whatever the status (and inside a stream, where there is none). */
final class AnthropicErrors {

    private AnthropicErrors() {}

    /** The class the body's {@code error.type} names; empty when it names none, so the status decides. */
    static Optional<FailureClass> classOf(ErrorBody error) {
        String message = error.message().orElse("").toLowerCase(Locale.ROOT);
        return switch (error.type()) {
            // An empty balance comes as a 400 invalid_request_error: the words say it, not the status.
            case "invalid_request_error" -> Optional.of(message.contains("credit balance") ? FailureClass.QUOTA : FailureClass.CLIENT);
            case "billing_error" -> Optional.of(FailureClass.QUOTA);
            case "authentication_error", "permission_error" -> Optional.of(FailureClass.AUTH);
            case "rate_limit_error" -> Optional.of(FailureClass.RATE);
            case "overloaded_error", "api_error", "timeout_error" -> Optional.of(FailureClass.TRANSIENT);
            case "not_found_error", "request_too_large" -> Optional.of(FailureClass.CLIENT);
            default -> Optional.empty();
        };
    }
}
