package io.tollgate.domain.identity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A caller's key: whose user pays, which models it may use (glob patterns such as {@code gpt-4o*}; none =
 * all), when it expires, and its per-minute request and token limits (0 = none). The secret itself is
 * only ever stored as a hash; {@code hint} is its first characters, for recognising it in a list.
 */
public record ApiKey(ApiKeyId id, UserId user, String name, String hint, List<String> modelPatterns,
                     Optional<Instant> expiresAt, int rpm, int tpm, Instant createdAt) {

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a key name has 1 to 100 characters");
        }
        modelPatterns = List.copyOf(modelPatterns);
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (rpm < 0 || tpm < 0) {
            throw new IllegalArgumentException("limits are 0 (none) or more");
        }
    }

    public boolean allows(String model) {
        return modelPatterns.isEmpty() || modelPatterns.stream().anyMatch(p -> ModelPattern.matches(p, model));
    }

    public boolean expiredAt(Instant now) {
        return expiresAt.map(end -> !now.isBefore(end)).orElse(false);
    }
}
