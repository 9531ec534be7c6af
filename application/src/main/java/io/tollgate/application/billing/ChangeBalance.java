package io.tollgate.application.billing;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.domain.billing.BalanceChange;
import io.tollgate.domain.billing.Ledger;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Users;
import java.time.Clock;

/** Tops up (positive) or adjusts (negative) a balance, always with a reason; never below zero; audited. */
public final class ChangeBalance {

    public record Command(UserId user, Points amount, String reason, String actor) {}

    public sealed interface Outcome {
        record Changed(Points balance) implements Outcome {}

        record WouldOverdraw(Points balance) implements Outcome {}

        record NoSuchUser() implements Outcome {}

        record Rejected(String why) implements Outcome {}
    }

    private final Ledger ledger;
    private final Users users;
    private final Clock clock;
    private final AuditTrail audit;

    public ChangeBalance(Ledger ledger, Users users, Clock clock, AuditTrail audit) {
        this.ledger = ledger;
        this.users = users;
        this.clock = clock;
        this.audit = audit;
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
            case BalanceChange.Changed changed -> {
                audited(command, kind);
                yield new Outcome.Changed(changed.balanceAfter());
            }
            case BalanceChange.WouldOverdraw overdraw -> new Outcome.WouldOverdraw(overdraw.balance());
            case BalanceChange.NoSuchUser ignored -> new Outcome.NoSuchUser();
        };
    }

    private void audited(Command command, LedgerEntryKind kind) {
        String who = users.byId(command.user()).map(user -> user.username().value()).orElse("user " + command.user());
        audit.record(command.actor(), kind == LedgerEntryKind.TOP_UP ? "top-up" : "adjust-balance",
                who + " " + command.amount().toShortestDecimal().toPlainString() + " (" + command.reason().strip() + ")");
    }
}
