package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.relay.usage.RateWindows;
import io.tollgate.domain.identity.ApiKeyId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RateWindows} does: per key and minute, requests up to the limit, tokens added up. */
public abstract class RateWindowsContract {

    private static final long MINUTE = 29_000_000L;

    private RateWindows windows;

    /** New, empty windows. */
    protected abstract RateWindows newWindows();

    @BeforeEach
    void createWindows() {
        windows = newWindows();
    }

    private static ApiKeyId key() {
        return new ApiKeyId(UUID.randomUUID());
    }

    @Test
    void requestsAreCountedUpToTheLimitThenRefused() {
        ApiKeyId key = key();

        assertTrue(windows.tryRequest(key, MINUTE, 2));
        assertTrue(windows.tryRequest(key, MINUTE, 2));
        assertFalse(windows.tryRequest(key, MINUTE, 2));
        assertFalse(windows.tryRequest(key, MINUTE, 2));
    }

    @Test
    void eachMinuteAndEachKeyHasItsOwnWindow() {
        ApiKeyId key = key();
        ApiKeyId other = key();
        assertTrue(windows.tryRequest(key, MINUTE, 1));

        assertTrue(windows.tryRequest(key, MINUTE + 1, 1));
        assertTrue(windows.tryRequest(other, MINUTE, 1));
        assertFalse(windows.tryRequest(key, MINUTE, 1));
    }

    @Test
    void aLimitOfZeroRefusesEveryRequest() {
        assertFalse(windows.tryRequest(key(), MINUTE, 0));
    }

    @Test
    void aRaisedLimitAdmitsMoreInTheSameMinute() {
        ApiKeyId key = key();
        windows.tryRequest(key, MINUTE, 1);

        assertTrue(windows.tryRequest(key, MINUTE, 2));
        assertFalse(windows.tryRequest(key, MINUTE, 2));
    }

    @Test
    void tokensAddUpPerKeyAndMinute() {
        ApiKeyId key = key();
        windows.tryRequest(key, MINUTE, 5);

        windows.addTokens(key, MINUTE, 120);
        windows.addTokens(key, MINUTE, 30);
        windows.addTokens(key, MINUTE + 1, 7);

        assertEquals(150, windows.tokens(key, MINUTE));
        assertEquals(7, windows.tokens(key, MINUTE + 1));
        assertEquals(0, windows.tokens(key(), MINUTE));
    }

    @Test
    void simultaneousRequestsAdmitExactlyTheLimit() {
        ApiKeyId key = key();

        List<Boolean> admitted = Concurrently.run(100, i -> windows.tryRequest(key, MINUTE, 30));

        assertEquals(30, admitted.stream().filter(Boolean::booleanValue).count());
    }

    @Test
    void simultaneousTokenCountsAreAllKept() {
        ApiKeyId key = key();

        Concurrently.run(100, i -> {
            windows.addTokens(key, MINUTE, 3);
            return null;
        });

        assertEquals(300, windows.tokens(key, MINUTE));
    }

    @Test
    void forgettingOldMinutesDropsTheirWindowsAndKeepsTheCurrentOne() {
        ApiKeyId key = key();
        windows.tryRequest(key, MINUTE - 90, 5);
        windows.addTokens(key(), MINUTE - 61, 100);
        windows.tryRequest(key, MINUTE, 1);

        assertEquals(2, windows.forgetBefore(MINUTE - 60));

        assertTrue(windows.tryRequest(key, MINUTE - 90, 1), "the old window starts again from nothing");
        assertFalse(windows.tryRequest(key, MINUTE, 1), "the current window is kept");
    }
}
