package io.tollgate.application.relay;

import io.tollgate.application.relay.usage.RateWindows;
import io.tollgate.domain.identity.ApiKey;
import java.time.Clock;
import java.util.Optional;

/** A key's requests and tokens per minute, counted in the shared database so the limits hold across nodes. */
public final class KeyLimits {

    private final RateWindows windows;
    private final Clock clock;

    public KeyLimits(RateWindows windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    /** Counts the request; a failure when the key is over either limit this minute. Keys without limits cost nothing. */
    Optional<RelayFailure> admit(ApiKey key) {
        long minute = minute();
        if (key.tpm() > 0 && windows.tokens(key.id(), minute) >= key.tpm()) {
            return Optional.of(new RelayFailure.RateLimited("tokens per minute", key.tpm()));
        }
        if (key.rpm() > 0 && !windows.tryRequest(key.id(), minute, key.rpm())) {
            return Optional.of(new RelayFailure.RateLimited("requests per minute", key.rpm()));
        }
        return Optional.empty();
    }

    void countTokens(ApiKey key, long tokens) {
        if (key.tpm() > 0 && tokens > 0) {
            windows.addTokens(key.id(), minute(), tokens);
        }
    }

    private long minute() {
        return clock.instant().getEpochSecond() / 60;
    }
}
