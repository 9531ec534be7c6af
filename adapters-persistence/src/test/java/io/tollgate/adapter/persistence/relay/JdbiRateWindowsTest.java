package io.tollgate.adapter.persistence.relay;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.contracts.RateWindowsContract;
import io.tollgate.application.relay.usage.RateWindows;
import org.junit.jupiter.api.AfterEach;

class JdbiRateWindowsTest extends RateWindowsContract {

    private Database database;

    @Override
    protected RateWindows newWindows() {
        database = TestDatabases.fresh();
        return database.rateWindows();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
