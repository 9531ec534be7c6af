package io.tollgate.boot.metrics;

import io.tollgate.domain.relay.kind.ModelKind;

/**
 * Which kind of model a call's path asks for, the {@code endpoint} label: {@code chat} for {@code /v1/chat/completions}
 * (and the OAuth door's) and {@code /v1/messages}, {@code embedding} for {@code /v1/embeddings}, and so on; {@code none} for every other path.
 */
final class Endpoints {

    private static final String OAUTH = "/api/v1/oauth";

    private Endpoints() {}

    static String of(String path) {
        // Anthropic's Messages door and OpenAI's Responses door serve chat models.
        if (path.equals("/v1/messages") || path.equals("/v1/responses")) {
            return ModelKind.CHAT.wireName();
        }
        for (ModelKind kind : ModelKind.values()) {
            String endpoint = kind.endpoint();
            if (path.equals(endpoint) || path.equals(OAUTH + endpoint.substring("/v1".length()))) {
                return kind.wireName();
            }
        }
        return "none";
    }
}
