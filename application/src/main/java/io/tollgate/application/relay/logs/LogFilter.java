package io.tollgate.application.relay.logs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the request log is narrowed to; every part optional. {@code user} is a username, {@code key} and
 * {@code account} an id or an exact name, {@code model} a model's (or a ShareAuth workflow's) name, {@code kind} one
 * of {@link #KINDS}, {@code status} one of {@link #STATUSES}; {@code from} inclusive, {@code to} exclusive.
 */
public record LogFilter(Optional<String> user, Optional<String> key, Optional<String> model, Optional<String> account,
                        Optional<String> kind, Optional<String> status, Optional<Instant> from, Optional<Instant> to) {

    /** The kinds of calls the log holds: the models' kinds, and ShareAuth finishes. */
    public static final Set<String> KINDS = Set.of("chat", "embedding", "rerank", "speech", "transcription", LogEntry.SHAREAUTH);
    public static final Set<String> STATUSES = Set.of("ok", "failed", "client_closed");
    public static final LogFilter NONE = new LogFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public LogFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        user = blankless(user);
        key = blankless(key);
        model = blankless(model);
        account = blankless(account);
        kind = blankless(kind);
        status = blankless(status);
        if (kind.isPresent() && !KINDS.contains(kind.get())) {
            throw new IllegalArgumentException("the kind is one of " + KINDS);
        }
        if (status.isPresent() && !STATUSES.contains(status.get())) {
            throw new IllegalArgumentException("the status is one of " + STATUSES);
        }
    }

    /** Whether ShareAuth finishes can match: they have no key or account, and always ended well. */
    public boolean mayMatchShareAuth() {
        return key.isEmpty() && account.isEmpty() && kind.map(LogEntry.SHAREAUTH::equals).orElse(true)
                && status.map("ok"::equals).orElse(true);
    }

    /** Whether relayed calls can match. */
    public boolean mayMatchCalls() {
        return kind.map(k -> !k.equals(LogEntry.SHAREAUTH)).orElse(true);
    }

    private static Optional<String> blankless(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
