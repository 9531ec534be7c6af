package io.tollgate.console.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * How the console is served.
 *
 * @param trustedProxies the proxies whose {@code X-Forwarded-Proto: https} marks a request as having come over HTTPS
 * @param clock          what "now" is for the pages
 * @param clientAddress  who sent a request: behind a trusted proxy, the address it forwarded, not its own, so that
 *                       failures from one address never lock out a sign-in from another
 * @param zone           where the pages show times: the operator's, the one quota days are counted in
 */
public record ConsoleSettings(Set<String> trustedProxies, Clock clock, Function<Context, String> clientAddress, ZoneId zone) {

    public ConsoleSettings {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(clientAddress, "clientAddress");
        trustedProxies = Set.copyOf(trustedProxies);
    }
}
