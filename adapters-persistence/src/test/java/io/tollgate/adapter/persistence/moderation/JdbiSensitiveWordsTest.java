package io.tollgate.adapter.persistence.moderation;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.contracts.SensitiveWordsContract;
import io.tollgate.domain.moderation.SensitiveWords;
import org.junit.jupiter.api.AfterEach;

class JdbiSensitiveWordsTest extends SensitiveWordsContract {

    private Database database;

    @Override
    protected SensitiveWords newSensitiveWords() {
        database = TestDatabases.fresh();
        return database.sensitiveWords();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
