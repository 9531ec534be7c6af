package io.tollgate.boot;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.adapter.persistence.Database;
import io.tollgate.application.billing.BillingHistory;
import io.tollgate.application.billing.ChangeBalance;
import io.tollgate.application.billing.CreateUser;
import io.tollgate.domain.identity.PasswordHasher;
import java.time.Clock;

/** The billing context: new users with their opening balance, balance changes and the history of both. */
record BillingWiring(CreateUser createUser, ChangeBalance changeBalance, BillingHistory history) {

    static BillingWiring of(Database database, PasswordHasher hasher, AuditTrail audit, Clock clock) {
        return new BillingWiring(new CreateUser(database.users(), database.ledger(), hasher, clock, audit),
                new ChangeBalance(database.ledger(), database.users(), clock, audit),
                new BillingHistory(database.ledger(), database.consumptions()));
    }
}
