package io.tollgate.adapter.http.relay.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.application.relay.stored.KeepStoredResponses;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.UserId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * Remembers the Response an OpenAI account stored for the caller, before the caller sees its id: read from the JSON
 * reply, or from the first stream event whose response carries one. Translated replies and {@code store:false} are not.
 */
final class StoredResponseNotes implements BiConsumer<UserId, ProviderAccount> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeepStoredResponses stored;
    private final boolean store;
    private UserId user;
    private ProviderAccount account;
    private boolean remembered;

    StoredResponseNotes(KeepStoredResponses stored, JsonNode request) {
        this.stored = stored;
        this.store = stored != null && request.path("store").asBoolean(true);
    }

    @Override
    public void accept(UserId user, ProviderAccount account) {
        if (store && account.platform() == Platform.OPENAI) {
            this.user = user;
            this.account = account;
        }
    }

    void reply(byte[] json) {
        if (account != null) {
            remember(parse(json, 0, json.length).path("id"));
        }
    }

    /** One or more {@code event:}/{@code data:} blocks as they go to the caller. */
    void events(byte[] bytes) {
        if (account == null || remembered) {
            return;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (line.startsWith("data:") && !remembered) {
                byte[] data = line.substring(5).trim().getBytes(StandardCharsets.UTF_8);
                remember(parse(data, 0, data.length).path("response").path("id"));
            }
        }
    }

    private void remember(JsonNode id) {
        if (id.isTextual() && !id.asText().isBlank()) {
            stored.remember(user, account.id(), id.asText());
            remembered = true;
        }
    }

    private static JsonNode parse(byte[] bytes, int from, int length) {
        try {
            JsonNode node = JSON.readTree(bytes, from, length);
            return node == null ? JSON.missingNode() : node;
        } catch (IOException notJson) {
            return JSON.missingNode();
        }
    }
}
