package io.tollgate.adapter.http.support;

import io.tollgate.domain.account.AccountLimits;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.tollgate.application.support.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reading admin-API input; every problem becomes a 400 naming the field, never an exception. */
public final class AdminRequest {

    /** Thrown only inside this adapter to stop a handler at the first bad field. */
    public static final class Invalid extends RuntimeException {
        public Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private static final long ADMIN_BODY_LIMIT = 1024 * 1024;

    private AdminRequest() {}

    /** The body as a JSON object in which no string holds a NUL, which no text column can store. */
    public static JsonNode body(Context ctx) {
        JsonNode body = switch (Body.jsonObject(ctx, ADMIN_BODY_LIMIT)) {
            case Body.Read.Parsed parsed -> parsed.json();
            case Body.Read.TooLarge ignored -> throw new Invalid("the body is larger than " + ADMIN_BODY_LIMIT + " bytes");
            case Body.Read.NotJsonObject ignored -> throw new Invalid("the body must be a JSON object (" + Json.NUMBER_BOUNDS + ")");
        };
        NulText.firstIn(body).ifPresent(field -> {
            throw new Invalid("'" + field + "' contains the NUL character (\\u0000), which cannot be stored");
        });
        return body;
    }

    /** A query parameter as sent, or null; a NUL in it is refused like one in a body. */
    public static String query(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (NulText.in(value)) {
            throw new Invalid("'" + name + "' contains the NUL character (\\u0000)");
        }
        return value;
    }

    public static String requiredText(JsonNode body, String field) {
        return optionalText(body, field).orElseThrow(() -> new Invalid("'" + field + "' is required and must be a string"));
    }

    public static Optional<String> optionalText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new Invalid("'" + field + "' must be a string");
        }
        return Optional.of(value.asText());
    }

    public static Optional<BigDecimal> optionalDecimal(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        if (value.isTextual() && value.asText().matches("-?\\d{1,15}(\\.\\d{1,20})?")) {
            return Optional.of(new BigDecimal(value.asText()));
        }
        throw new Invalid("'" + field + "' must be a number");
    }

    /** A list of strings; absent or null = empty. */
    public static java.util.List<String> textList(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return java.util.List.of();
        }
        if (!value.isArray()) {
            throw new Invalid("'" + field + "' must be an array of strings");
        }
        java.util.List<String> list = new java.util.ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new Invalid("'" + field + "' must contain only non-empty strings");
            }
            list.add(item.asText().strip());
        }
        return list;
    }

    public static int optionalInt(JsonNode body, String field, int min, int max) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return min;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            throw new Invalid("'" + field + "' must be a whole number from " + min + " to " + max);
        }
        return value.asInt();
    }

    /** The account's daily token quota in {@code field}, read by the one rule every door applies; empty when absent. */
    public static java.util.OptionalLong optionalQuota(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(valid(field, () -> AccountLimits.quota(value.isIntegralNumber() ? value.asText() : "")));
    }

    /** The account's pool weight in {@code field}, read by the one rule every door applies; empty when absent. */
    public static java.util.OptionalInt optionalWeight(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(valid(field, () -> AccountLimits.weight(value.isIntegralNumber() ? value.asText() : "")));
    }

    public static <T> T valid(String field, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | ArithmeticException invalid) {
            throw new Invalid("'" + field + "': " + invalid.getMessage());
        }
    }

    public static Page page(Context ctx) {
        int offset = intParam(ctx, "offset", 0);
        int limit = intParam(ctx, "limit", 100);
        return valid("offset/limit", () -> new Page(offset, limit));
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!value.matches("\\d{1,9}")) {
            throw new Invalid("'" + name + "' must be a whole number");
        }
        return Integer.parseInt(value);
    }

    /** An ISO-8601 instant, as an API key's {@code expiresAt}. */
    public static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            throw new AdminRequest.Invalid("'expiresAt' is an ISO-8601 instant such as 2027-01-01T00:00:00Z");
        }
    }
}
