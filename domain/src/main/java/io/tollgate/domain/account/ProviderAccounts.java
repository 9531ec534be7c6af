package io.tollgate.domain.account;

import io.tollgate.domain.identity.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The upstream accounts, their sealed credentials, health, and tokens used per day. */
public interface ProviderAccounts {

    void add(ProviderAccount account, SealedCredential credential);

    Optional<ProviderAccount> byId(AccountId id);

    List<ProviderAccount> all();

    /** The accounts this user bound, oldest first. */
    List<ProviderAccount> ownedBy(UserId owner);

    /** Replaces the settings and health of the stored account; false when there is none. */
    boolean update(ProviderAccount account);

    boolean saveHealth(AccountId id, AccountHealth health);

    Optional<SealedCredential> credential(AccountId id);

    boolean replaceCredential(AccountId id, SealedCredential credential);

    /** Replaces the credential only while it is still {@code expected}; false when it changed or the account is gone. */
    boolean replaceCredentialIf(AccountId id, SealedCredential expected, SealedCredential replacement);

    /** Deletes the account; a user-bound account's usage records and grant go with it (ledger entries never do). */
    boolean delete(AccountId id);

    /** Tokens each account has used on that quota day (written by settlements). */
    Map<AccountId, Long> tokensUsedOn(LocalDate day);
}
