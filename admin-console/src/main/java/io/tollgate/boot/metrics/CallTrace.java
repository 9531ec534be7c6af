package io.tollgate.boot.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one HTTP call did upstream and who paid, gathered on the call's own thread (each request has its virtual
 * thread, and the relay calls platforms and settles on it) for the access log.
 */
final class CallTrace {

    private static final ThreadLocal<CallTrace> CURRENT = new ThreadLocal<>();

    private final List<String> accounts = new ArrayList<>();
    private String caller;

    static CallTrace begin() {
        CallTrace trace = new CallTrace();
        CURRENT.set(trace);
        return trace;
    }

    static Optional<CallTrace> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void end() {
        CURRENT.remove();
    }

    void attempt(String account) {
        accounts.add(account);
    }

    void caller(String who) {
        caller = who;
    }

    List<String> accounts() {
        return List.copyOf(accounts);
    }

    Optional<String> caller() {
        return Optional.ofNullable(caller);
    }
}
