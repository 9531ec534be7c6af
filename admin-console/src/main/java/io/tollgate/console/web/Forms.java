package io.tollgate.console.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** Form input for the console's routes: a required field, and a domain value's refusal shown as a 400 page. */
public final class Forms {

    private Forms() {}

    /** Bad form input that a domain value refused becomes a 400 page, never a 500. */
    public static Handler safe(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (IllegalArgumentException | ArithmeticException invalid) {
                Web.refuse(ctx, 400, "invalid_request", invalid.getMessage());
            }
        };
    }

    public static String required(Context ctx, String name) {
        String value = ctx.formParam(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' is required");
        }
        return value.strip();
    }
}
