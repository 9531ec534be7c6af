package io.tollgate.adapter.persistence.relay;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** One hour of usage, summed per user and per model: the unit the dashboard's digest is built from and cached by. */
final class HourSlice {

    /** Requests, failures, tokens and cost of one user or model in the hour. */
    static final class Tally {
        long requests;
        long failed;
        long tokens;
        BigDecimal cost = BigDecimal.ZERO;

        void add(long moreRequests, long moreFailed, long moreTokens, BigDecimal moreCost) {
            requests += moreRequests;
            failed += moreFailed;
            tokens += moreTokens;
            cost = cost.add(moreCost);
        }
    }

    /** Keyless calls have no user; they are tallied under this id. */
    static final UUID KEYLESS = new UUID(0, 0);

    final Map<UUID, Tally> users = new HashMap<>();
    final Map<String, Tally> models = new HashMap<>();
    BigDecimal shareAuth = BigDecimal.ZERO;

    /** The hour's totals: every call belongs to exactly one user (or keyless), so the users' tallies add up to them. */
    Tally total() {
        Tally total = new Tally();
        users.values().forEach(t -> total.add(t.requests, t.failed, t.tokens, t.cost));
        return total;
    }
}
