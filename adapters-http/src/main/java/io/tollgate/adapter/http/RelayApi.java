package io.tollgate.adapter.http;

import io.tollgate.application.identity.AuthenticateApiKey;
import io.tollgate.application.relay.ModelCatalog;
import io.tollgate.application.relay.RelayChat;

/** The use cases of the OpenAI-compatible {@code /v1/chat/completions} and {@code /v1/models}. */
public record RelayApi(RelayChat chat, AuthenticateApiKey apiKeys, ModelCatalog models) {}
