package io.tollgate.application.relay.stored;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.util.Optional;

/** Which account stored each Response an OpenAI account returned, and for which user. */
public interface StoredResponses {

    /** One stored Response: its id, whose it is, and the account that keeps it. */
    record Stored(String responseId, UserId user, AccountId account, Instant createdAt) {}

    /** Remembers the Response; a second write of the same id keeps the first. */
    void remember(Stored stored);

    Optional<Stored> find(String responseId);

    void forget(String responseId);
}
