package io.tollgate.application.identity;

import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.ApiKeys;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Users;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Makes an API key for a user: the secret ({@code sk-tg-…}) is returned once and stored only as a hash. */
public final class IssueApiKey {

    public static final String PREFIX = "sk-tg-";

    public record Command(UserId user, String name, List<String> modelPatterns, Optional<Instant> expiresAt, int rpm, int tpm) {}

    public sealed interface Outcome {
        record Issued(ApiKey key, String secret) implements Outcome {}

        record NoSuchUser() implements Outcome {}
    }

    private final Users users;
    private final ApiKeys keys;
    private final SecureRandom random;
    private final Clock clock;

    public IssueApiKey(Users users, ApiKeys keys, SecureRandom random, Clock clock) {
        this.users = users;
        this.keys = keys;
        this.random = random;
        this.clock = clock;
    }

    public Outcome issue(Command command) {
        if (users.byId(command.user()).isEmpty()) {
            return new Outcome.NoSuchUser();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey key = new ApiKey(new ApiKeyId(UUID.randomUUID()), command.user(), command.name(),
                secret.substring(0, PREFIX.length() + 4) + "…", command.modelPatterns(), command.expiresAt(),
                command.rpm(), command.tpm(), clock.instant());
        keys.add(key, SecretHash.of(secret));
        return new Outcome.Issued(key, secret);
    }
}
