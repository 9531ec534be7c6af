package io.tollgate.adapter.http;

import io.tollgate.application.relay.catalog.ListModels;
import io.tollgate.application.relay.RelayChat;

/** The use cases of the OpenAI-compatible {@code /v1/chat/completions} and {@code /v1/models}. */
public record RelayApi(RelayChat chat, ListModels models) {}
