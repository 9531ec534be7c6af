package io.tollgate.console;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;

/**
 * How the console is served.
 *
 * @param trustedProxies the proxies whose {@code X-Forwarded-Proto: https} marks a request as having come over HTTPS
 * @param clock          what "now" is for the pages
 */
public record ConsoleSettings(Set<String> trustedProxies, Clock clock) {

    public ConsoleSettings {
        Objects.requireNonNull(clock, "clock");
        trustedProxies = Set.copyOf(trustedProxies);
    }
}
