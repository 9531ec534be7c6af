package io.tollgate.adapter.http.relay.responses;

import io.javalin.http.Context;
import io.tollgate.adapter.http.relay.OpenAiError;
import io.tollgate.adapter.http.support.BearerToken;
import io.tollgate.application.relay.stored.KeepStoredResponses;
import io.tollgate.application.relay.stored.ResponseUpstream;

/** {@code GET} and {@code DELETE /v1/responses/{id}}: forwarded to the account that stored it, answered as it answers, not billed. */
final class StoredResponseReplies {

    private final KeepStoredResponses stored;

    StoredResponseReplies(KeepStoredResponses stored) {
        this.stored = stored;
    }

    void get(Context ctx) {
        forward(ctx, ResponseUpstream.Verb.GET);
    }

    void delete(Context ctx) {
        forward(ctx, ResponseUpstream.Verb.DELETE);
    }

    private void forward(Context ctx, ResponseUpstream.Verb verb) {
        String id = ctx.pathParam("id");
        switch (stored.forward(BearerToken.of(ctx), verb, id)) {
            case KeepStoredResponses.Forwarded.InvalidKey ignored ->
                    OpenAiError.reply(ctx, 401, "invalid_request_error", "invalid_api_key", null, "Invalid API key");
            case KeepStoredResponses.Forwarded.NotFound missing -> notFound(ctx, missing.responseId());
            case KeepStoredResponses.Forwarded.Unreachable unreachable -> OpenAiError.reply(ctx, 502, "server_error",
                    "upstream_unreachable", null, "The account that stored response '" + unreachable.responseId()
                            + "' could not be reached");
            case KeepStoredResponses.Forwarded.Answered answered ->
                    ctx.status(answered.status()).contentType("application/json").result(answered.body());
        }
    }

    /** OpenAI's 404 for a Response that is unknown or not the caller's: the same words for both. */
    static void notFound(Context ctx, String responseId) {
        OpenAiError.reply(ctx, 404, "invalid_request_error", "response_not_found", "response_id",
                "Response with id '" + responseId + "' not found.");
    }

    /** The account that stored a Response cannot serve its follow-up now; no other account knows it. */
    static void accountUnavailable(Context ctx, String responseId) {
        OpenAiError.reply(ctx, 503, "service_unavailable", "stored_response_unavailable", "previous_response_id",
                "The account that stored response '" + responseId + "' cannot serve the model right now; no other account knows it");
    }
}
