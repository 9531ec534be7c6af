package io.tollgate.application.identity;

import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ModelPattern;
import java.util.Optional;

/**
 * Whether a key asked for by another key stays within it: its models among the creator's patterns, its expiry no
 * later, its per-minute limits set and no higher. A key can thus never mint its way out of its own limits.
 */
final class KeyScope {

    private KeyScope() {}

    /** What the requested key would widen, or empty when it stays within the creator. */
    static Optional<String> widening(ApiKey creator, IssueApiKey.Command wanted) {
        if (!creator.modelPatterns().isEmpty()) {
            if (wanted.modelPatterns().isEmpty()) {
                return Optional.of("models: this key may use only " + creator.modelPatterns()
                        + ", so the new key must list models within them");
            }
            for (String pattern : wanted.modelPatterns()) {
                if (!covered(creator, pattern)) {
                    return Optional.of("models: '" + pattern + "' is not within this key's " + creator.modelPatterns());
                }
            }
        }
        if (creator.expiresAt().isPresent()
                && (wanted.expiresAt().isEmpty() || wanted.expiresAt().get().isAfter(creator.expiresAt().get()))) {
            return Optional.of("expiry: the new key must expire no later than this key, at " + creator.expiresAt().get());
        }
        if (creator.rpm() > 0 && (wanted.rpm() <= 0 || wanted.rpm() > creator.rpm())) {
            return Optional.of("rpm: the new key needs a requests-per-minute limit of 1 to " + creator.rpm());
        }
        if (creator.tpm() > 0 && (wanted.tpm() <= 0 || wanted.tpm() > creator.tpm())) {
            return Optional.of("tpm: the new key needs a tokens-per-minute limit of 1 to " + creator.tpm());
        }
        return Optional.empty();
    }

    /**
     * A pattern is covered when one of the creator's patterns matches its text, its {@code *} taken as a letter: that
     * {@code *} then falls inside one of the creator's own, which matches whatever it stands for.
     */
    private static boolean covered(ApiKey creator, String pattern) {
        return creator.modelPatterns().stream().anyMatch(own -> ModelPattern.matches(own, pattern));
    }
}
