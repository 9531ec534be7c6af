package io.tollgate.adapter.http.relay;

import io.javalin.config.RouterConfig;
import io.javalin.event.HandlerMetaInfo;
import io.javalin.http.Context;
import io.javalin.router.matcher.PathParser;
import io.tollgate.adapter.http.support.Failures;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The OpenAI-compatible door's paths ({@code /v1/…}), learnt as routes are added: a request no route took is an
 * unknown URL (404) or a known one called with the wrong method (405), answered in OpenAI's error shape.
 */
public final class OpenAiPaths {

    private record Route(String method, PathParser path) {}

    private final RouterConfig router;
    private final List<Route> routes = new CopyOnWriteArrayList<>();

    public OpenAiPaths(RouterConfig router) {
        this.router = router;
    }

    /** Notes a route as it is added; only the door's HTTP routes count. */
    public void added(HandlerMetaInfo handler) {
        if (handler.getHttpMethod().isHttpMethod() && Failures.openAiDoor(handler.getPath())) {
            routes.add(new Route(handler.getHttpMethod().name(), new PathParser(handler.getPath(), router)));
        }
    }

    /**
     * The 404 or 405 for a request to the door that no route took; false, with nothing answered, when a route does
     * serve it (a 404 of the route's own).
     */
    public boolean refuseUnrouted(Context ctx) {
        String request = ctx.method().name() + " " + ctx.path();
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            if (route.path().matches(ctx.path())) {
                allowed.add(route.method());
            }
        }
        if (allowed.contains(ctx.method().name())) {
            return false;
        }
        if (allowed.isEmpty()) {
            OpenAiError.reply(ctx, 404, "invalid_request_error", "unknown_url", null,
                    "Unknown request URL: " + request + ". Please check the URL for typos.");
        } else {
            ctx.header("Allow", String.join(", ", allowed));
            OpenAiError.reply(ctx, 405, "invalid_request_error", "method_not_allowed", null, "Invalid method for URL (" + request + ")");
        }
        return true;
    }
}
