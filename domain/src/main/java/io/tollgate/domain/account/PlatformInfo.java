package io.tollgate.domain.account;

import io.tollgate.domain.identity.UserId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What users choosing a platform to bind are shown: its names, the free tokens it gives each account a day (empty
 * where that depends on the account type and so is configured per account), its usual models and how it binds.
 *
 * @param family the platform's name in the OAuth proxy guide ({@code qwen}, {@code ernie}, …); several wire formats
 *     of one vendor share it
 * @param defaultEmbeddingModels embedding models a user's own account serves beside its chat models; kept apart so
 *     the usual model and the platform list stay chat models
 */
public record PlatformInfo(Platform platform, String family, String nameZh, String nameEn, String providerZh,
                           OptionalLong freeDailyTokens, List<String> defaultModels, Set<Binding> bindings,
                           List<String> defaultEmbeddingModels) {

    public PlatformInfo {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(freeDailyTokens, "freeDailyTokens");
        if (family == null || !family.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("a family is a lower-case name");
        }
        if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank() || providerZh == null || providerZh.isBlank()) {
            throw new IllegalArgumentException("a platform has a Chinese and an English name and a provider");
        }
        if (freeDailyTokens.isPresent() && freeDailyTokens.getAsLong() <= 0) {
            throw new IllegalArgumentException("a free daily quota is positive, or empty when it depends on the account");
        }
        defaultModels = List.copyOf(defaultModels);
        bindings = Set.copyOf(bindings);
        defaultEmbeddingModels = List.copyOf(defaultEmbeddingModels);
    }

    /** A platform whose own accounts serve no embedding model. */
    public PlatformInfo(Platform platform, String family, String nameZh, String nameEn, String providerZh,
                        OptionalLong freeDailyTokens, List<String> defaultModels, Set<Binding> bindings) {
        this(platform, family, nameZh, nameEn, providerZh, freeDailyTokens, defaultModels, bindings, List.of());
    }

    /** The daily quota a user's new account gets when they ask for none: the free quota, else unlimited (0). */
    public long dailyQuotaOr(OptionalLong asked) {
        return asked.isPresent() ? asked.getAsLong() : freeDailyTokens.orElse(0);
    }

    /** A user's own account on this platform, serving its usual chat and embedding models, enabled. */
    public ProviderAccount ownAccount(AccountId id, String name, String baseUrl, OptionalLong dailyQuota, UserId owner) {
        Set<String> models = new HashSet<>(defaultModels.isEmpty() ? Set.of(platform.wireName()) : defaultModels);
        models.addAll(defaultEmbeddingModels);
        return new ProviderAccount(id, platform, name, baseUrl, models, dailyQuotaOr(dailyQuota), 1, AccountHealth.ENABLED,
                Map.of(), Optional.of(owner));
    }

    /** The model used when a caller names none; empty for a platform with no usual model. */
    public Optional<String> defaultModel() {
        return defaultModels.stream().findFirst();
    }
}
