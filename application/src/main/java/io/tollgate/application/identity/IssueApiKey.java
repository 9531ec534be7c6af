package io.tollgate.application.identity;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.ApiKeys;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Users;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes an API key for a user: the secret ({@code sk-tg-…}) is returned once and stored only as a hash. An admin or a
 * user's session may make any key for the user; a key may make only keys no wider than itself ({@link KeyScope}).
 * Every key issued is audited.
 */
public final class IssueApiKey {

    public static final String PREFIX = "sk-tg-";

    /** {@code creator} is the API key the request came with; empty for an admin or a user's session. */
    public record Command(UserId user, String name, List<String> modelPatterns, Optional<Instant> expiresAt, int rpm, int tpm,
                          Optional<ApiKey> creator) {}

    public sealed interface Outcome {
        record Issued(ApiKey key, String secret) implements Outcome {}

        record NoSuchUser() implements Outcome {}

        /** The key asked for would allow what the key asking for it does not; {@code why} says which limit. */
        record WiderThanCreator(String why) implements Outcome {}
    }

    private final Users users;
    private final ApiKeys keys;
    private final SecureRandom random;
    private final Clock clock;
    private final AuditTrail audit;

    public IssueApiKey(Users users, ApiKeys keys, SecureRandom random, Clock clock, AuditTrail audit) {
        this.users = users;
        this.keys = keys;
        this.random = random;
        this.clock = clock;
        this.audit = audit;
    }

    public Outcome issue(Command command, String actor) {
        Optional<User> user = users.byId(command.user());
        if (user.isEmpty()) {
            return new Outcome.NoSuchUser();
        }
        Optional<String> wider = command.creator().flatMap(creator -> KeyScope.widening(creator, command));
        if (wider.isPresent()) {
            return new Outcome.WiderThanCreator(wider.get());
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey key = new ApiKey(new ApiKeyId(UUID.randomUUID()), command.user(), command.name(),
                secret.substring(0, PREFIX.length() + 4) + "…", command.modelPatterns(), command.expiresAt(),
                command.rpm(), command.tpm(), clock.instant());
        keys.add(key, SecretHash.of(secret));
        audit.record(actor, "issue-key", key.hint() + " '" + key.name() + "' for " + user.get().username().value());
        return new Outcome.Issued(key, secret);
    }
}
