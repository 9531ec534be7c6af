package io.tollgate.adapter.provider.dialect.responses;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.dialect.DialectTranslator;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.kind.Dialect;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import java.time.Clock;
import java.util.Optional;

/** OpenAI's Responses API carried over chat completions, for every platform but OpenAI's own. */
public final class ResponsesTranslator implements DialectTranslator {

    private final Clock clock;

    public ResponsesTranslator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Dialect dialect() {
        return Dialect.OPENAI_RESPONSES;
    }

    @Override
    public ToChat toChat(UpstreamRequest request) {
        Optional<ObjectNode> body = ResponsesJson.object(request.body());
        if (body.isEmpty()) {
            return new ToChat.Refused("the body is not a JSON object");
        }
        return switch (ResponsesToChat.translate(body.get())) {
            case ResponsesToChat.Translation.Chat chat -> new ToChat.Body(ResponsesJson.bytes(chat.body()));
            case ResponsesToChat.Translation.Refused refused -> new ToChat.Refused(refused.param() + ": " + refused.message());
        };
    }

    @Override
    public UpstreamResult fromChat(UpstreamResult.Completed chat, UpstreamRequest request) {
        Optional<byte[]> response = ResponsesJson.object(request.body())
                .flatMap(body -> ChatToResponse.translate(body, chat.body(), clock.instant().getEpochSecond()));
        if (response.isEmpty()) {
            return new UpstreamResult.Failed(UpstreamFailure.of(FailureClass.TRANSIENT, 502, "the platform's reply is not a chat completion"));
        }
        return new UpstreamResult.Completed(response.get(), chat.usage(), chat.text());
    }

    @Override
    public StreamTranslation stream(UpstreamRequest request) {
        return new ChatToResponseEvents(ResponsesJson.object(request.body()).orElseGet(ResponsesJson::object),
                clock.instant().getEpochSecond());
    }
}
