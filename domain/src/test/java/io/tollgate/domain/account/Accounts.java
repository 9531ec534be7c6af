package io.tollgate.domain.account;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Accounts for tests. */
final class Accounts {

    private Accounts() {}

    static ProviderAccount account(String name, long quota, int weight) {
        return new ProviderAccount(new AccountId(UUID.nameUUIDFromBytes(name.getBytes())), Platform.MOCK, name,
                "http://127.0.0.1:1/v1", Set.of("gpt-4o"), quota, weight, AccountHealth.ENABLED, Map.of());
    }
}
