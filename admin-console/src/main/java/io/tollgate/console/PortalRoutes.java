package io.tollgate.console;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The users' pages under {@code /me}: their own sign-in, balance and keys, and platform accounts. */
final class PortalRoutes {

    private static final byte[] ACCOUNTS_JS = resource("/console/accounts.js");
    private static final byte[] BOUND_JS = resource("/console/bound.js");

    private PortalRoutes() {}

    static void register(RoutesConfig routes, ConsoleUseCases.Portal portal, ConsoleSettings settings) {
        PortalGuard guard = new PortalGuard(portal, settings.trustedProxies());
        routes.before("/me", guard::check);
        routes.before("/me/*", guard::check);
        routes.get("/me/assets/accounts.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(ACCOUNTS_JS));
        routes.get("/me/assets/bound.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(BOUND_JS));
        new PortalSignInRoutes(portal, settings).register(routes);
        new PortalHomeRoutes(portal).register(routes);
        new PortalAccountRoutes(portal).register(routes);
    }

    private static byte[] resource(String path) {
        try (InputStream in = PortalRoutes.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException missing) {
            throw new UncheckedIOException(new IOException("missing " + path));
        }
    }
}
