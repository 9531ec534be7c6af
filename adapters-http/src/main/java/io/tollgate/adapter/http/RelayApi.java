package io.tollgate.adapter.http;

import io.tollgate.application.relay.CountMessageTokens;
import io.tollgate.application.relay.catalog.ListModels;
import io.tollgate.application.relay.RelayChat;
import io.tollgate.application.relay.stored.KeepStoredResponses;

/** The use cases of the relay doors: OpenAI's {@code /v1/chat/completions} and {@code /v1/models}, Anthropic's {@code /v1/messages}. */
public record RelayApi(RelayChat chat, ListModels models, CountMessageTokens countTokens, KeepStoredResponses storedResponses) {

    /** Without stored Responses. */
    public RelayApi(RelayChat chat, ListModels models, CountMessageTokens countTokens) {
        this(chat, models, countTokens, null);
    }

    /** Without the Messages door's token count. */
    public RelayApi(RelayChat chat, ListModels models) {
        this(chat, models, null, null);
    }
}
