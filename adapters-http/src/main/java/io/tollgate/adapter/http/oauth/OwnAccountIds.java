package io.tollgate.adapter.http.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.domain.account.AccountId;
import java.util.Optional;
import java.util.UUID;

/** The {@code account_id} of an own-account call, as the chat and embedding routes both read it. */
final class OwnAccountIds {

    private OwnAccountIds() {}

    /** Absent or null names no account; the seed's ids are numbers in its examples, so an id not ours is simply not found. */
    static Optional<AccountId> named(JsonNode id) {
        if (id == null || id.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AccountId(UUID.fromString(id.asText())));
        } catch (IllegalArgumentException notOurs) {
            return Optional.of(new AccountId(new UUID(0, 0)));
        }
    }
}
