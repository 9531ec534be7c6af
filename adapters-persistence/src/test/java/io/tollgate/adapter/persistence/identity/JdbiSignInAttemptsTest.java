package io.tollgate.adapter.persistence.identity;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.contracts.SignInAttemptsContract;
import io.tollgate.application.identity.signin.SignInAttempts;
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
