package io.tollgate.console.web.form;

import io.javalin.http.Context;
import io.tollgate.domain.money.Points;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a console form's fields; anything unreadable is an {@link IllegalArgumentException} naming the field, which
 * the routes show as a 400 page. A NUL character is refused here, since the database cannot store it.
 */
public final class FormFields {

    private static final int MAX_TEXT = 4000;

    private FormFields() {}

    /** The field, stripped; empty when absent or blank. */
    public static Optional<String> text(Context ctx, String name) {
        String value = ctx.formParam(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException("'" + name + "' contains the NUL character, which cannot be stored");
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException("'" + name + "' is longer than " + MAX_TEXT + " characters");
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }

    public static String required(Context ctx, String name) {
        return text(ctx, name).orElseThrow(() -> new IllegalArgumentException("'" + name + "' is required"));
    }

    /** Names separated by commas, spaces or new lines, each once, in the order given. */
    public static List<String> names(Context ctx, String name) {
        return text(ctx, name).map(all -> Arrays.stream(all.split("[,\\s]+")).filter(n -> !n.isEmpty()).distinct().toList())
                .orElse(List.of());
    }

    /** {@code key=value} lines; a line without '=' or with an odd key is refused. */
    public static Map<String, String> pairs(Context ctx, String name) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String line : text(ctx, name).orElse("").split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            String key = equals < 0 ? "" : line.substring(0, equals).strip();
            if (!key.matches("[A-Za-z0-9_.-]{1,64}")) {
                throw new IllegalArgumentException("'" + name + "' takes one key=value a line (keys: letters, digits, '_', '.', '-')");
            }
            pairs.put(key, line.substring(equals + 1).strip());
        }
        return pairs;
    }

    /** A price or amount in points; blank is {@code otherwise}. */
    public static Points points(Context ctx, String name, Points otherwise) {
        return text(ctx, name).map(value -> points(name, value)).orElse(otherwise);
    }

    /** A price in points that may be left unset (blank). */
    public static Optional<Points> optionalPoints(Context ctx, String name) {
        return text(ctx, name).map(value -> points(name, value));
    }

    /** A whole number, 0 or more; blank is {@code otherwise}. */
    public static long count(Context ctx, String name, long otherwise) {
        Optional<String> value = text(ctx, name);
        if (value.isEmpty()) {
            return otherwise;
        }
        if (!value.get().matches("\\d{1,15}")) {
            throw new IllegalArgumentException("'" + name + "' must be a whole number, 0 or more");
        }
        return Long.parseLong(value.get());
    }

    private static Points points(String name, String value) {
        if (!value.matches("\\d{1,12}(\\.\\d{1,6})?")) {
            throw new IllegalArgumentException("'" + name + "' must be a number of points, 0 or more, with at most six decimals");
        }
        return Points.exactly(value);
    }
}
