package io.tollgate.adapter.provider.dialect;

import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamStream;
import java.util.ArrayDeque;
import java.util.Deque;

/** A chat stream read through a dialect's translation: each chunk becomes the dialect's events, failures pass as they are. */
final class TranslatedStream implements UpstreamStream {

    private final UpstreamStream chat;
    private final DialectTranslator.StreamTranslation translation;
    private final Deque<StreamEvent> pending = new ArrayDeque<>();

    TranslatedStream(UpstreamStream chat, DialectTranslator.StreamTranslation translation) {
        this.chat = chat;
        this.translation = translation;
    }

    @Override
    public StreamEvent next() {
        while (pending.isEmpty()) {
            switch (chat.next()) {
                case StreamEvent.Data data -> pending.addAll(translation.on(data));
                case StreamEvent.Done done -> {
                    pending.addAll(translation.end());
                    pending.add(done);
                }
                case StreamEvent.Failed failed -> {
                    return failed;
                }
            }
        }
        return pending.poll();
    }

    @Override
    public boolean ready() {
        return !pending.isEmpty() || chat.ready();
    }

    @Override
    public void cancel() {
        chat.cancel();
    }
}
