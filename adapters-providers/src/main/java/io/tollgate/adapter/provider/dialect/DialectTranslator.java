package io.tollgate.adapter.provider.dialect;

import io.tollgate.domain.relay.kind.Dialect;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import java.util.List;

/** Carries one dialect over a chat-completions platform: the caller's request there, its reply and stream back. */
public interface DialectTranslator {

    Dialect dialect();

    /** The caller's body (in the dialect) as a chat-completions body, or why it cannot be one. */
    ToChat toChat(UpstreamRequest request);

    /** A whole chat completion as the dialect's reply, its usage and text kept; a failure when it is not one. */
    UpstreamResult fromChat(UpstreamResult.Completed chat, UpstreamRequest request);

    /** A fresh translation of one chat stream, for the request it answers. */
    StreamTranslation stream(UpstreamRequest request);

    /** A chat body, or the reason the request cannot be carried (answered 400, the message naming the limit). */
    sealed interface ToChat {
        record Body(byte[] chat) implements ToChat {}

        record Refused(String message) implements ToChat {}
    }

    /** One stream's translation, event by event. */
    interface StreamTranslation {

        /**
         * The dialect's events for one chat chunk (none is usage-only: the usage chunk becomes the usage of what the
         * dialect sends, so the relay bills it whatever the caller asked for).
         */
        List<StreamEvent> on(StreamEvent.Data chunk);

        /** The dialect's last events before the end, which the caller's door writes after the call is settled. */
        List<StreamEvent> end();
    }
}
