package io.tollgate.adapter.persistence;

import io.tollgate.application.contracts.SignInAttemptsContract;
import io.tollgate.application.identity.SignInAttempts;
import org.junit.jupiter.api.AfterEach;

class JdbiSignInAttemptsTest extends SignInAttemptsContract {

    private Database database;

    @Override
    protected SignInAttempts newAttempts() {
        database = TestDatabases.fresh();
        return database.signInAttempts();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
