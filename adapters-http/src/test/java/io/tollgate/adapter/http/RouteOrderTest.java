package io.tollgate.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A request is matched against the routes in the order they were registered, one regular expression each. */
class RouteOrderTest {

    @Test
    void theRelayDoorsAreTriedBeforeAnyOtherPostRoute() {
        Javalin app = new TestApp().javalin(false);
        List<String> posts = app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(route -> route.endpoint.method == HandlerType.POST)
                .map(route -> route.endpoint.path)
                .toList();

        assertEquals("/v1/chat/completions", posts.getFirst(), posts.toString());
        int lastDoor = posts.lastIndexOf("/v1/responses");
        assertTrue(lastDoor > 0, posts.toString());
        assertTrue(posts.subList(0, lastDoor + 1).stream().allMatch(path -> path.startsWith("/v1/")), posts.toString());
    }
}
