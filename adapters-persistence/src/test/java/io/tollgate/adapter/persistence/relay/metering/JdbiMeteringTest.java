package io.tollgate.adapter.persistence.relay.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.contracts.MeteringContract;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.UsageRecord;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbiMeteringTest extends MeteringContract {

    private Database database;

    @Override
    protected Ports newPorts() {
        database = TestDatabases.fresh();
        return new Ports(database.users(), database.ledger(), database.providerAccounts(), database.metering(),
                user -> ((JdbiMetering) database.metering()).held(user));
    }

    @Test
    void anUnbilledRecordIsStoredWithNoUserAndNoCost() {
        metering.recordUnbilled(new UsageRecord("r-free", Optional.empty(), Optional.empty(), Optional.empty(), "m-free",
                new Usage(3, 4, false), Points.ZERO, 9, UsageRecord.Status.OK, Optional.empty(), T0, DAY));

        Map<String, Object> row = TestDatabases.jdbi(database).withHandle(handle -> handle
                .createQuery("SELECT user_id, key_id, cost, prompt_tokens FROM usage_records WHERE request_id = 'r-free'")
                .mapToMap().one());
        assertNull(row.get("user_id"));
        assertNull(row.get("key_id"));
        assertEquals(0, BigDecimal.ZERO.compareTo((BigDecimal) row.get("cost")));
        assertEquals(3L, row.get("prompt_tokens"));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
