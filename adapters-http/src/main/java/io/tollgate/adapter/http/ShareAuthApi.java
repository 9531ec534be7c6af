package io.tollgate.adapter.http;

import io.tollgate.application.shareauth.FinishConversation;
import io.tollgate.application.shareauth.InitShareSession;
import io.tollgate.application.shareauth.StartConversation;

/** The use cases FastGPT's share links call through {@code /shareAuth/*}. */
public record ShareAuthApi(InitShareSession init, StartConversation start, FinishConversation finish) {}
