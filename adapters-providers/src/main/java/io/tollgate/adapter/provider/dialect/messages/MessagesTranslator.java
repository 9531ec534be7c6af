package io.tollgate.adapter.provider.dialect.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.dialect.DialectTranslator;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.kind.Dialect;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Anthropic's Messages carried over chat completions, for every platform but Anthropic's own. */
public final class MessagesTranslator implements DialectTranslator {

    @Override
    public Dialect dialect() {
        return Dialect.ANTHROPIC_MESSAGES;
    }

    @Override
    public ToChat toChat(UpstreamRequest request) {
        JsonNode body;
        try {
            body = MessagesJson.JSON.readTree(request.body());
        } catch (IOException notJson) {
            return new ToChat.Refused("the body is not JSON");
        }
        if (!(body instanceof ObjectNode) || !body.path("messages").isArray()) {
            return new ToChat.Refused("the body is not a Messages request");
        }
        return new ToChat.Body(MessagesJson.write(MessagesToChat.translate(body, request.stream())).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public UpstreamResult fromChat(UpstreamResult.Completed chat, UpstreamRequest request) {
        Usage usage = chat.usage().orElse(Usage.NONE);
        Optional<ObjectNode> message = ChatToMessages.translate(chat.body(), usage);
        if (message.isEmpty()) {
            return new UpstreamResult.Failed(UpstreamFailure.of(FailureClass.TRANSIENT, 502, "the platform's reply is not a chat completion"));
        }
        return new UpstreamResult.Completed(MessagesJson.write(message.get()).getBytes(StandardCharsets.UTF_8), chat.usage(), chat.text());
    }

    @Override
    public StreamTranslation stream(UpstreamRequest request) {
        return new MessagesStream();
    }
}
