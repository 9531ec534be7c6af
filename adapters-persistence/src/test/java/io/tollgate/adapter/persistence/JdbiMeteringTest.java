package io.tollgate.adapter.persistence;

import io.tollgate.application.contracts.MeteringContract;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;

class JdbiMeteringTest extends MeteringContract {

    private Database database;

    @Override
    protected Ports newPorts() {
        database = TestDatabases.fresh();
        return new Ports(database.users(), database.ledger(), database.providerAccounts(), database.metering(),
                this::reserved);
    }

    private Points reserved(UserId user) {
        BigDecimal reserved = database.jdbi().withHandle(h -> h.createQuery("SELECT reserved FROM users WHERE id = :id")
                .bind("id", user.value()).mapTo(BigDecimal.class).one());
        return Points.exactly(reserved);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
