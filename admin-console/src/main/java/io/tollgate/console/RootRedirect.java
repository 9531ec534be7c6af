package io.tollgate.console;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tollgate.console.web.PageGroup;

/** {@code GET /} takes a browser to the console; an API client asking for anything else gets the usual 404 reply. */
public final class RootRedirect implements PageGroup {

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", RootRedirect::root);
    }

    static void root(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("text/html")) {
            ctx.redirect("/console", HttpStatus.SEE_OTHER);
        } else {
            // No result: the gateway's 404 handler answers exactly as for any unrouted path.
            ctx.status(HttpStatus.NOT_FOUND);
        }
    }
}
