package io.tollgate.domain.account;

import io.tollgate.domain.identity.UserId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An upstream account Tollgate spends: where it is, which models it serves, its daily token quota
 * (0 = unlimited), its weight for ties, its health, platform options that are not secret (the credential is
 * kept apart, sealed, and never part of this record), and its owner: empty for the system pool that every
 * paying caller shares, a user for an account that user bound and only that user spends.
 */
public record ProviderAccount(AccountId id, Platform platform, String name, String baseUrl, Set<String> models,
                              long dailyTokenQuota, int weight, AccountHealth health, Map<String, String> options,
                              Optional<UserId> owner) {

    public ProviderAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(health, "health");
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("an account name has 1 to 100 characters");
        }
        if (baseUrl == null || !(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
            throw new IllegalArgumentException("the base URL starts with http:// or https://");
        }
        models = Set.copyOf(models);
        if (models.isEmpty()) {
            throw new IllegalArgumentException("an account serves at least one model");
        }
        AccountLimits.checkedQuota(dailyTokenQuota);
        AccountLimits.checkedWeight(weight);
        options = Map.copyOf(options);
        Objects.requireNonNull(owner, "owner");
    }

    /** An account of the system pool. */
    public ProviderAccount(AccountId id, Platform platform, String name, String baseUrl, Set<String> models,
                           long dailyTokenQuota, int weight, AccountHealth health, Map<String, String> options) {
        this(id, platform, name, baseUrl, models, dailyTokenQuota, weight, health, options, Optional.empty());
    }

    /** Whether it belongs to the system pool rather than to one user. */
    public boolean inSystemPool() {
        return owner.isEmpty();
    }

    public boolean ownedBy(UserId user) {
        return owner.filter(user::equals).isPresent();
    }

    public boolean serves(String model) {
        return models.contains(model);
    }

    /** The model a call names when its caller named none: the platform's usual one if served here, else the first. */
    public String usualModel() {
        return PlatformCatalog.of(platform).flatMap(PlatformInfo::defaultModel).filter(this::serves)
                .orElseGet(() -> models.stream().sorted().findFirst().orElseThrow());
    }

    public boolean unlimited() {
        return dailyTokenQuota == 0;
    }

    public ProviderAccount withHealth(AccountHealth newHealth) {
        return new ProviderAccount(id, platform, name, baseUrl, models, dailyTokenQuota, weight, newHealth, options, owner);
    }
}
