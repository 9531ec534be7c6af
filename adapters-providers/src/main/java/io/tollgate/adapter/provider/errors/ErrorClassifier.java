package io.tollgate.adapter.provider.errors;

import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.UpstreamFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Classifies an upstream failure from platform, status, headers and body; the status alone does not say. */
public final class ErrorClassifier {

    /** Status given for an error found in a 2xx body or inside a stream, where HTTP said nothing. */
    public static final int IN_BODY = 200;
    static final int MAX_MESSAGE = 300;

    /** A response's headers by name, case-insensitively; empty when absent. */
    public interface Headers {
        Optional<String> first(String name);
    }

    private ErrorClassifier() {}

    public static UpstreamFailure classify(Platform platform, int status, Headers headers, byte[] body, Instant now) {
        ErrorBody error = ErrorBody.parse(body);
        FailureClass failureClass = classOf(platform, status, error);
        int reported = status >= 400 ? status : statusFor(failureClass);
        String message = error.message().map(ErrorClassifier::bounded)
                .orElse(status >= 400 ? "HTTP " + status : "error reported by the platform");
        String contentType = headers.first("content-type").orElse("application/json");
        Optional<Duration> retryAfter = headers.first("retry-after").flatMap(value -> RetryAfter.parse(value.strip(), now));
        return new UpstreamFailure(failureClass, reported, message, retryAfter, contentType, body);
    }

    private static FailureClass classOf(Platform platform, int status, ErrorBody error) {
        String code = error.code().toLowerCase(Locale.ROOT);
        String words = (code + " " + error.type() + " " + error.message().orElse("")).toLowerCase(Locale.ROOT);
        Optional<FailureClass> byBody = platform == Platform.ANTHROPIC ? AnthropicErrors.classOf(error) : byBodyCode(platform, code, words);
        if (byBody.isPresent()) {
            return byBody.get();
        }
        if (status == 401 || status == 403) {
            return FailureClass.AUTH;
        }
        if (status == 402) {
            return FailureClass.QUOTA;
        }
        if (status == 429) {
            // DashScope words its per-minute throttle as "insufficient_quota": a cooldown, not an empty balance.
            return platform != Platform.DASHSCOPE && words.contains("insufficient_quota") ? FailureClass.QUOTA : FailureClass.RATE;
        }
        if (status == 408 || status == 529 || status >= 500 || words.contains("overloaded")) {
            return FailureClass.TRANSIENT;
        }
        if (status >= 400) {
            return FailureClass.CLIENT;
        }
        return inBody(platform, words);
    }

    /** Codes that mean the same whatever the status says (GLM sends "out of balance" as a 429). */
    private static Optional<FailureClass> byBodyCode(Platform platform, String code, String words) {
        if (platform == Platform.ERNIE_V1) {
            return NativeErrorCodes.ernie(code);
        }
        if (platform == Platform.DASHSCOPE_NATIVE) {
            return NativeErrorCodes.dashscope(code);
        }
        if (platform == Platform.GLM && code.equals("1113")) {
            return Optional.of(FailureClass.QUOTA);
        }
        if (platform == Platform.GLM && code.equals("1301")) {
            // GLM's content filter, also sent inside a stream after 200: the caller's refusal, never a failover.
            return Optional.of(FailureClass.CLIENT);
        }
        if (platform == Platform.DASHSCOPE && words.contains("arrearage")) {
            return Optional.of(FailureClass.QUOTA);
        }
        if (platform == Platform.SPARK) {
            return switch (code) {
                case "11200" -> Optional.of(FailureClass.AUTH);
                case "11201" -> Optional.of(FailureClass.QUOTA);
                case "11202", "11203" -> Optional.of(FailureClass.RATE);
                case "10013", "10014", "10019" -> Optional.of(FailureClass.CLIENT);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /** An error object after a 2xx: nothing but its words to go by. */
    private static FailureClass inBody(Platform platform, String words) {
        if (words.contains("insufficient_quota")) {
            return platform == Platform.DASHSCOPE ? FailureClass.RATE : FailureClass.QUOTA;
        }
        if (words.contains("rate_limit") || words.contains("rate limit")) {
            return FailureClass.RATE;
        }
        if (words.contains("invalid_api_key") || words.contains("authentication")) {
            return FailureClass.AUTH;
        }
        if (words.contains("content_filter") || words.contains("data_inspection_failed") || words.contains("sensitive")) {
            return FailureClass.CLIENT;
        }
        return FailureClass.TRANSIENT;
    }

    private static int statusFor(FailureClass failureClass) {
        return switch (failureClass) {
            case AUTH -> 401;
            case QUOTA -> 402;
            case RATE -> 429;
            case TRANSIENT -> 502;
            case CLIENT -> 400;
        };
    }

    public static String bounded(String message) {
        String flat = message.strip();
        return flat.length() <= MAX_MESSAGE ? flat : flat.substring(0, MAX_MESSAGE) + "…";
    }
}
