package io.tollgate.adapter.persistence.totp;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.contracts.UpstreamTotpSecretsContract;
import io.tollgate.application.totp.UpstreamTotpSecrets;
import org.junit.jupiter.api.AfterEach;

class JdbiUpstreamTotpSecretsTest extends UpstreamTotpSecretsContract {

    private Database database;

    @Override
    protected UpstreamTotpSecrets newUpstreamTotpSecrets() {
        database = TestDatabases.fresh();
        return database.upstreamTotpSecrets();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
