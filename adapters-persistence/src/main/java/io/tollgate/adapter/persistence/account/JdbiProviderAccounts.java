package io.tollgate.adapter.persistence.account;

import io.tollgate.adapter.persistence.database.UniqueViolation;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.account.SealedCredential;
import io.tollgate.domain.identity.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** Provider accounts in PostgreSQL; credentials arrive sealed and are stored only that way. */
final class JdbiProviderAccounts implements ProviderAccounts {

    private final Jdbi jdbi;
    private final ProviderAccountsSql sql;

    JdbiProviderAccounts(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.sql = jdbi.onDemand(ProviderAccountsSql.class);
    }

    @Override
    public void add(ProviderAccount account, SealedCredential credential) {
        AccountHealth health = account.health();
        List<String> keys = optionKeys(account);
        try {
            sql.add(account.id().value(), account.platform().wireName(), account.name(), account.baseUrl(),
                    models(account), account.dailyTokenQuota(), account.weight(), health.status().wireName(),
                    health.reason(), health.until().orElse(null), health.consecutiveFailures(),
                    health.consecutiveAuthFailures(), keys.toArray(String[]::new), optionValues(account, keys),
                    credential.keyId(), credential.sealed(), account.owner().map(UserId::value).orElse(null));
        } catch (RuntimeException failed) {
            if (UniqueViolation.isCauseOf(failed)) {
                throw new IllegalStateException("the account exists", failed);
            }
            throw failed;
        }
    }

    @Override
    public Optional<ProviderAccount> byId(AccountId id) {
        return sql.byId(id.value()).map(ProviderAccountRow::toAccount);
    }

    @Override
    public List<ProviderAccount> all() {
        return sql.all().stream().map(ProviderAccountRow::toAccount).toList();
    }

    @Override
    public List<ProviderAccount> ownedBy(UserId owner) {
        return sql.ownedBy(owner.value()).stream().map(ProviderAccountRow::toAccount).toList();
    }

    @Override
    public boolean update(ProviderAccount account) {
        AccountHealth health = account.health();
        List<String> keys = optionKeys(account);
        return sql.update(account.id().value(), account.platform().wireName(), account.name(), account.baseUrl(),
                models(account), account.dailyTokenQuota(), account.weight(), health.status().wireName(),
                health.reason(), health.until().orElse(null), health.consecutiveFailures(),
                health.consecutiveAuthFailures(), keys.toArray(String[]::new), optionValues(account, keys)) > 0;
    }

    @Override
    public boolean saveHealth(AccountId id, AccountHealth health) {
        return sql.saveHealth(id.value(), health.status().wireName(), health.reason(), health.until().orElse(null),
                health.consecutiveFailures(), health.consecutiveAuthFailures()) > 0;
    }

    @Override
    public Optional<SealedCredential> credential(AccountId id) {
        return sql.credential(id.value()).map(SealedRow::toCredential);
    }

    @Override
    public boolean replaceCredential(AccountId id, SealedCredential credential) {
        return sql.replaceCredential(id.value(), credential.keyId(), credential.sealed()) > 0;
    }

    @Override
    public boolean replaceCredentialIf(AccountId id, SealedCredential expected, SealedCredential replacement) {
        return sql.replaceCredentialIf(id.value(), expected.keyId(), expected.sealed(), replacement.keyId(), replacement.sealed()) > 0;
    }

    @Override
    public boolean delete(AccountId id) {
        return jdbi.inTransaction(handle -> {
            ProviderAccountsSql inTx = handle.attach(ProviderAccountsSql.class);
            inTx.deleteOwnedUsage(id.value());
            return inTx.delete(id.value()) > 0;
        });
    }

    @Override
    public Map<AccountId, Long> tokensUsedOn(LocalDate day) {
        return sql.tokensUsedOn(day).stream()
                .collect(Collectors.toUnmodifiableMap(r -> new AccountId(r.accountId()), TokenUsageRow::tokens));
    }

    private static String[] models(ProviderAccount account) {
        return account.models().stream().sorted().toArray(String[]::new);
    }

    private static List<String> optionKeys(ProviderAccount account) {
        return account.options().keySet().stream().sorted().toList();
    }

    private static String[] optionValues(ProviderAccount account, List<String> keys) {
        return keys.stream().map(account.options()::get).toArray(String[]::new);
    }
}
