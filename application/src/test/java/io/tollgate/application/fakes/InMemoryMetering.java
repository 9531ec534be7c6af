package io.tollgate.application.fakes;

import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Metering;
import io.tollgate.domain.relay.Reservation;
import io.tollgate.domain.relay.ReservationId;
import io.tollgate.domain.relay.UsageRecord;
import io.tollgate.domain.relay.budget.BudgetedKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds and settlements in memory, under the same lock as {@link InMemoryStore}: a hold counts against the balance
 * until it is settled or lapses; a settlement charges at most the balance, writes a ledger entry when it charges,
 * keeps the usage record and counts the account's tokens.
 */
public final class InMemoryMetering implements Metering {

    private record Hold(UserId user, Points amount, Instant expiresAt) {}

    private final InMemoryUsers users;
    private final InMemoryStore store;
    private final InMemoryProviderAccounts accounts;
    private final Map<Long, Hold> holds = new HashMap<>();
    private final List<UsageRecord> records = new ArrayList<>();
    private long nextId = 1;

    public InMemoryMetering(InMemoryUsers users, InMemoryStore store, InMemoryProviderAccounts accounts) {
        this.users = users;
        this.store = store;
        this.accounts = accounts;
    }

    /** Key caps are the database's: this fake holds against the balance only. */
    @Override
    public Reservation reserve(UserId user, Optional<BudgetedKey> key, Points estimate, Instant at) {
        synchronized (users) {
            Optional<Points> balance = users.balanceOf(user);
            if (balance.isEmpty()) {
                return new Reservation.NoSuchUser();
            }
            Points available = balance.get().minus(heldAt(user, at));
            if (available.compareTo(estimate) < 0) {
                return new Reservation.Insufficient(available.isNegative() ? Points.ZERO : available);
            }
            long id = nextId++;
            holds.put(id, new Hold(user, estimate, at.plus(HOLD_LIFETIME)));
            return new Reservation.Held(new ReservationId(id), estimate);
        }
    }

    @Override
    public Points settle(ReservationId reservation, UsageRecord record) {
        synchronized (users) {
            if (holds.remove(reservation.value()) == null) {
                throw new IllegalStateException("no such reservation: " + reservation.value());
            }
            UserId user = record.user().orElseThrow();
            Points balance = users.balanceOf(user).orElse(Points.ZERO);
            Points charged = record.cost().compareTo(balance) > 0 ? balance : record.cost();
            if (charged.compareTo(Points.ZERO) > 0) {
                store.change(user, charged.negate(), LedgerEntryKind.USAGE,
                        "relay " + record.model() + " " + record.requestId(), "relay", record.at());
            }
            records.add(withCost(record, charged));
            record.account().ifPresent(a -> accounts.addTokens(a, record.quotaDay(), record.usage().totalTokens()));
            return charged;
        }
    }

    @Override
    public void recordUnbilled(UsageRecord record) {
        if (record.user().isPresent() || record.cost().isPositive()) {
            throw new IllegalArgumentException("an unbilled record has no user and costs nothing");
        }
        synchronized (users) {
            records.add(record);
            record.account().ifPresent(a -> accounts.addTokens(a, record.quotaDay(), record.usage().totalTokens()));
        }
    }

    /** Every record that charged nobody, oldest first. */
    public List<UsageRecord> unbilled() {
        synchronized (users) {
            return records.stream().filter(r -> r.user().isEmpty()).toList();
        }
    }

    @Override
    public List<UsageRecord> usage(UserId user, int offset, int limit) {
        synchronized (users) {
            List<UsageRecord> newestFirst = new ArrayList<>(records.stream().filter(r -> r.user().equals(Optional.of(user))).toList());
            Collections.reverse(newestFirst);
            return newestFirst.stream().skip(offset).limit(limit).toList();
        }
    }

    @Override
    public int forgetLapsedHolds(Instant now) {
        synchronized (users) {
            // A lapsed hold holds nothing, but its call may still settle once (as its node still knows it).
            int lapsed = 0;
            for (Map.Entry<Long, Hold> entry : holds.entrySet()) {
                Hold hold = entry.getValue();
                if (!hold.expiresAt().isAfter(now) && hold.amount().isPositive()) {
                    entry.setValue(new Hold(hold.user(), Points.ZERO, hold.expiresAt()));
                    lapsed++;
                }
            }
            return lapsed;
        }
    }

    /** What every reservation not yet settled holds, lapsed or not, for tests that check nothing is left held. */
    public Points held(UserId user) {
        synchronized (users) {
            return holds.values().stream().filter(h -> h.user().equals(user)).map(Hold::amount).reduce(Points.ZERO, Points::plus);
        }
    }

    private Points heldAt(UserId user, Instant at) {
        return holds.values().stream().filter(h -> h.user().equals(user) && h.expiresAt().isAfter(at)).map(Hold::amount)
                .reduce(Points.ZERO, Points::plus);
    }

    private static UsageRecord withCost(UsageRecord record, Points cost) {
        return record.withCost(cost);
    }
}
