package io.tollgate.application.fakes;

import io.tollgate.domain.billing.BalanceChange;
import io.tollgate.domain.billing.ChargeResult;
import io.tollgate.domain.billing.Consumption;
import io.tollgate.domain.billing.ConsumptionFilter;
import io.tollgate.domain.billing.ConsumptionRequest;
import io.tollgate.domain.billing.Consumptions;
import io.tollgate.domain.billing.Ledger;
import io.tollgate.domain.billing.LedgerEntry;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.billing.UnpaidAttempt;
import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The billing ports in memory, over {@link InMemoryUsers}; one lock stands in for a transaction. */
public final class InMemoryStore implements Ledger, Consumptions {

    private final InMemoryUsers users;
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final List<Consumption> consumptions = new ArrayList<>();
    private final List<UnpaidAttempt> unpaid = new ArrayList<>();

    public InMemoryStore(InMemoryUsers users) {
        this.users = users;
    }

    @Override
    public BalanceChange change(UserId user, Points amount, LedgerEntryKind kind, String reason, String actor, Instant at) {
        synchronized (users) {
            Optional<Points> balance = users.balanceOf(user);
            if (balance.isEmpty()) {
                return new BalanceChange.NoSuchUser();
            }
            Points after = balance.get().plus(amount);
            if (after.isNegative()) {
                return new BalanceChange.WouldOverdraw(balance.get());
            }
            users.setBalance(user, after);
            entries.add(new LedgerEntry(entries.size() + 1, user, kind, amount, after, reason, actor, at));
            return new BalanceChange.Changed(after);
        }
    }

    @Override
    public List<LedgerEntry> history(UserId user, int offset, int limit) {
        synchronized (users) {
            return page(entries.stream().filter(e -> e.user().equals(user)).toList(), offset, limit);
        }
    }

    @Override
    public ChargeResult charge(ConsumptionRequest request) {
        synchronized (users) {
            Optional<Consumption> earlier = request.idempotencyKey().flatMap(key -> consumptions.stream()
                    .filter(c -> c.user().equals(request.user()) && key.equals(c.idempotencyKey())).findFirst());
            if (earlier.isPresent()) {
                return new ChargeResult.AlreadyCharged(earlier.get());
            }
            Points charge = request.charge();
            BalanceChange change = change(request.user(), charge.negate(), LedgerEntryKind.CONSUMPTION,
                    "consumption: " + request.workflowName(), "shareauth", request.at());
            return switch (change) {
                case BalanceChange.NoSuchUser ignored -> new ChargeResult.NoSuchUser();
                case BalanceChange.WouldOverdraw overdraw -> {
                    UnpaidAttempt attempt = new UnpaidAttempt(unpaid.size() + 1, request.user(), request.workflowName(),
                            request.basePoints(), request.multiplier(), charge, overdraw.balance(), request.at());
                    unpaid.add(attempt);
                    yield new ChargeResult.Unpaid(attempt);
                }
                case BalanceChange.Changed changed -> {
                    Consumption consumption = new Consumption(UUID.randomUUID().toString(), request.user(),
                            request.workflowName(), request.basePoints(), request.multiplier(), charge,
                            changed.balanceAfter(), request.idempotencyKey().orElse(null),
                            request.chatId().orElse(null), request.at());
                    consumptions.add(consumption);
                    yield new ChargeResult.Charged(consumption);
                }
            };
        }
    }

    @Override
    public List<Consumption> list(ConsumptionFilter filter, int offset, int limit) {
        synchronized (users) {
            return page(consumptions.stream()
                    .filter(c -> filter.user().map(c.user()::equals).orElse(true))
                    .filter(c -> filter.workflowName().map(c.workflowName()::equals).orElse(true))
                    .toList(), offset, limit);
        }
    }

    @Override
    public List<UnpaidAttempt> unpaid(int offset, int limit) {
        synchronized (users) {
            return page(unpaid, offset, limit);
        }
    }

    /** Newest first, like the database adapter. */
    private static <T> List<T> page(List<T> oldestFirst, int offset, int limit) {
        List<T> newestFirst = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().skip(offset).limit(limit).toList();
    }
}
