package io.tollgate.adapter.persistence.totp;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.contracts.TotpSecretsContract;
import io.tollgate.application.totp.TotpSecrets;
import org.junit.jupiter.api.AfterEach;

class JdbiTotpSecretsTest extends TotpSecretsContract {

    private Database database;

    @Override
    protected TotpSecrets newTotpSecrets() {
        database = TestDatabases.fresh();
        return database.totpSecrets();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
