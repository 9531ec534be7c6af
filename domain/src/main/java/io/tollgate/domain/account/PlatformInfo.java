package io.tollgate.domain.account;

import java.util.List;
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
 */
public record PlatformInfo(Platform platform, String family, String nameZh, String nameEn, String providerZh,
                           OptionalLong freeDailyTokens, List<String> defaultModels, Set<Binding> bindings) {

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
    }

    /** The model used when a caller names none; empty for a platform with no usual model. */
    public Optional<String> defaultModel() {
        return defaultModels.stream().findFirst();
    }
}
