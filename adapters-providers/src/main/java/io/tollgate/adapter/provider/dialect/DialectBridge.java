package io.tollgate.adapter.provider.dialect;

import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.kind.Dialect;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A provider that takes every dialect: a call in one its platform speaks goes through as it is; any other is
 * translated to chat completions for this attempt, and the reply or stream back into the caller's dialect. The
 * choice is made per attempt, so failover may cross from a platform that speaks the dialect to one that does not.
 */
public final class DialectBridge implements ChatProvider {

    private final ChatProvider platform;
    private final Map<Dialect, DialectTranslator> translators;

    public DialectBridge(ChatProvider platform, Map<Dialect, DialectTranslator> translators) {
        this.platform = platform;
        this.translators = Map.copyOf(translators);
    }

    /** The platform's own provider, which this one bridges. */
    public ChatProvider platform() {
        return platform;
    }

    @Override
    public Set<Platform> platforms() {
        return platform.platforms();
    }

    @Override
    public Set<Dialect> dialects() {
        Set<Dialect> all = EnumSet.copyOf(platform.dialects());
        all.addAll(translators.keySet());
        return all;
    }

    @Override
    public UpstreamResult call(UpstreamRequest request) {
        if (platform.dialects().contains(request.dialect())) {
            return platform.call(request);
        }
        DialectTranslator translator = translators.get(request.dialect());
        if (translator == null) {
            return refused("this platform cannot serve a request in the " + request.dialect() + " format");
        }
        return switch (translator.toChat(request)) {
            case DialectTranslator.ToChat.Refused refused -> refused(refused.message());
            case DialectTranslator.ToChat.Body chat -> switch (platform.call(request.translated(chat.chat(), Dialect.CHAT_COMPLETIONS))) {
                case UpstreamResult.Failed failed -> failed;
                case UpstreamResult.Completed completed -> translator.fromChat(completed, request);
                case UpstreamResult.Streaming streaming ->
                        new UpstreamResult.Streaming(new TranslatedStream(streaming.stream(), translator.stream(request)));
            };
        };
    }

    @Override
    public OptionalLong countTokens(UpstreamRequest request) {
        return platform.countTokens(request);
    }

    private static UpstreamResult refused(String message) {
        return new UpstreamResult.Failed(UpstreamFailure.of(FailureClass.CLIENT, 400, message));
    }
}
