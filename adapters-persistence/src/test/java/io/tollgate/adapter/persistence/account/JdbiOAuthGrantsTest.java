package io.tollgate.adapter.persistence.account;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.adapter.persistence.TestUsers;
import io.tollgate.application.contracts.OAuthGrantsContract;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.SealedCredential;
import io.tollgate.domain.account.oauth.OAuthGrants;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

class JdbiOAuthGrantsTest extends OAuthGrantsContract {

    private Database database;
    private int owners;

    @Override
    protected OAuthGrants newGrants() {
        database = TestDatabases.fresh();
        return database.oauthGrants();
    }

    @Override
    protected AccountId newAccount() {
        AccountId id = new AccountId(UUID.randomUUID());
        database.providerAccounts().add(new ProviderAccount(id, Platform.DASHSCOPE, "bound " + id,
                "https://dashscope.example/v1", Set.of("qwen-plus"), 0, 1, AccountHealth.ENABLED, Map.of(),
                Optional.of(TestUsers.add(database, "owner-" + ++owners))), new SealedCredential("k1", new byte[] {1}));
        return id;
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
