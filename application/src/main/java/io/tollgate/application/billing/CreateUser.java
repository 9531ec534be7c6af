package io.tollgate.application.billing;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.domain.billing.BalanceChange;
import io.tollgate.domain.billing.Ledger;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.PasswordHasher;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.identity.Users;
import java.time.Clock;
import java.util.Optional;

/** Adds a user with a hashed password and, when given, an opening balance recorded in the ledger; audited. */
public final class CreateUser {

    public record Command(Username username, String password, Points openingBalance, String actor) {}

    public sealed interface Outcome {
        record Created(User user) implements Outcome {}

        record UsernameTaken(Username username) implements Outcome {}

        record WeakPassword(int minimumLength) implements Outcome {}
    }

    public static final int MINIMUM_PASSWORD_LENGTH = 8;

    private final Users users;
    private final Ledger ledger;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AuditTrail audit;

    public CreateUser(Users users, Ledger ledger, PasswordHasher hasher, Clock clock, AuditTrail audit) {
        this.users = users;
        this.ledger = ledger;
        this.hasher = hasher;
        this.clock = clock;
        this.audit = audit;
    }

    public Outcome create(Command command) {
        if (command.password() == null || command.password().length() < MINIMUM_PASSWORD_LENGTH) {
            return new Outcome.WeakPassword(MINIMUM_PASSWORD_LENGTH);
        }
        if (command.openingBalance().isNegative()) {
            throw new IllegalArgumentException("an opening balance cannot be negative");
        }
        Optional<User> added = users.add(new NewUser(command.username(), hasher.hash(command.password()), clock.instant()));
        if (added.isEmpty()) {
            return new Outcome.UsernameTaken(command.username());
        }
        User user = added.get();
        audit.record(command.actor(), "create-user",
                user.username().value() + " with " + command.openingBalance().toShortestDecimal().toPlainString() + " points");
        if (!command.openingBalance().isPositive()) {
            return new Outcome.Created(user);
        }
        BalanceChange change = ledger.change(user.id(), command.openingBalance(), LedgerEntryKind.TOP_UP,
                "opening balance", command.actor(), clock.instant());
        return switch (change) {
            case BalanceChange.Changed changed -> new Outcome.Created(user.withBalance(changed.balanceAfter()));
            case BalanceChange.WouldOverdraw ignored -> throw new IllegalStateException("a top-up cannot overdraw");
            case BalanceChange.NoSuchUser ignored -> throw new IllegalStateException("the user just added is gone");
        };
    }
}
