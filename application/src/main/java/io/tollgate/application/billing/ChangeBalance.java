package io.tollgate.application.billing;

import io.tollgate.domain.billing.BalanceChange;
import io.tollgate.domain.billing.Ledger;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.identity.UserId;
import java.time.Clock;

/** Tops up (positive) or adjusts (negative) a balance, always with a reason; never below zero. */
public final class ChangeBalance {

    public record Command(UserId user, Points amount, String reason, String actor) {}

    public sealed interface Outcome {
        record Changed(Points balance) implements Outcome {}

        record WouldOverdraw(Points balance) implements Outcome {}

        record NoSuchUser() implements Outcome {}

        record Rejected(String why) implements Outcome {}
    }

    private final Ledger ledger;
    private final Clock clock;

    public ChangeBalance(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    public Outcome change(Command command) {
        if (command.reason() == null || command.reason().isBlank()) {
            return new Outcome.Rejected("a balance change needs a reason");
        }
        if (command.amount().micros() == 0) {
            return new Outcome.Rejected("the amount cannot be zero");
        }
        LedgerEntryKind kind = command.amount().isPositive() ? LedgerEntryKind.TOP_UP : LedgerEntryKind.ADJUSTMENT;
        BalanceChange change = ledger.change(
                command.user(), command.amount(), kind, command.reason().strip(), command.actor(), clock.instant());
        return switch (change) {
            case BalanceChange.Changed changed -> new Outcome.Changed(changed.balanceAfter());
            case BalanceChange.WouldOverdraw overdraw -> new Outcome.WouldOverdraw(overdraw.balance());
            case BalanceChange.NoSuchUser ignored -> new Outcome.NoSuchUser();
        };
    }
}
