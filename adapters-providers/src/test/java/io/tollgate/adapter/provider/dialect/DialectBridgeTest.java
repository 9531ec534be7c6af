package io.tollgate.adapter.provider.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.relay.AttemptLimits;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.kind.Dialect;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.UpstreamStream;
import io.tollgate.domain.relay.kind.ModelKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DialectBridgeTest {

    private final List<UpstreamRequest> seen = new ArrayList<>();

    @Test
    void aDialectThePlatformSpeaksGoesThroughAsItIs() {
        DialectBridge bridge = new DialectBridge(platform(Set.of(Dialect.CHAT_COMPLETIONS, Dialect.ANTHROPIC_MESSAGES)),
                Map.of(Dialect.ANTHROPIC_MESSAGES, new Upper()));
        bridge.call(request("native", false));
        assertEquals("native", text(seen.get(0).body()));
        assertEquals(Dialect.ANTHROPIC_MESSAGES, seen.get(0).dialect());
        assertEquals("2023-06-01", seen.get(0).dialectHeaders().get("anthropic-version"));
    }

    @Test
    void anyOtherPlatformGetsChatAndAnswersInTheCallersDialect() {
        DialectBridge bridge = new DialectBridge(platform(Set.of(Dialect.CHAT_COMPLETIONS)), Map.of(Dialect.ANTHROPIC_MESSAGES, new Upper()));
        UpstreamResult.Completed reply = assertInstanceOf(UpstreamResult.Completed.class, bridge.call(request("hello", false)));
        assertEquals("HELLO", text(seen.get(0).body()));
        assertEquals(Dialect.CHAT_COMPLETIONS, seen.get(0).dialect());
        assertEquals(Map.of(), seen.get(0).dialectHeaders());
        assertEquals("reply:answer", text(reply.body()));
    }

    @Test
    void aStreamIsTranslatedEventByEventWithTheDialectsEndBeforeDone() {
        DialectBridge bridge = new DialectBridge(platform(Set.of(Dialect.CHAT_COMPLETIONS)), Map.of(Dialect.ANTHROPIC_MESSAGES, new Upper()));
        UpstreamStream stream = assertInstanceOf(UpstreamResult.Streaming.class, bridge.call(request("hi", true))).stream();
        assertEquals("event:a", text(((StreamEvent.Data) stream.next()).bytes()));
        assertEquals("event:b", text(((StreamEvent.Data) stream.next()).bytes()));
        assertEquals("end", text(((StreamEvent.Data) stream.next()).bytes()));
        assertInstanceOf(StreamEvent.Done.class, stream.next());
    }

    @Test
    void aRequestTheTranslationCannotCarryIsRefusedWithoutAnUpstreamCall() {
        DialectBridge bridge = new DialectBridge(platform(Set.of(Dialect.CHAT_COMPLETIONS)), Map.of());
        UpstreamResult.Failed failed = assertInstanceOf(UpstreamResult.Failed.class, bridge.call(request("x", false)));
        assertEquals(FailureClass.CLIENT, failed.failure().failureClass());
        assertEquals(400, failed.failure().status());
        assertEquals(0, seen.size());
    }

    private ChatProvider platform(Set<Dialect> dialects) {
        return new ChatProvider() {
            @Override
            public Set<Platform> platforms() {
                return Set.of(Platform.OPENAI);
            }

            @Override
            public Set<Dialect> dialects() {
                return dialects;
            }

            @Override
            public UpstreamResult call(UpstreamRequest request) {
                seen.add(request);
                if (!request.stream()) {
                    return new UpstreamResult.Completed(bytes("answer"), Optional.empty(), "answer");
                }
                Deque<StreamEvent> events = new ArrayDeque<>(List.of(data("a"), data("b"), new StreamEvent.Done()));
                return new UpstreamResult.Streaming(new UpstreamStream() {
                    @Override
                    public StreamEvent next() {
                        return events.poll();
                    }

                    @Override
                    public void cancel() {}
                });
            }
        };
    }

    /** Upper-cases requests, prefixes replies and events: enough to see which way each went. */
    private static final class Upper implements DialectTranslator {
        @Override
        public Dialect dialect() {
            return Dialect.ANTHROPIC_MESSAGES;
        }

        @Override
        public ToChat toChat(UpstreamRequest request) {
            return new ToChat.Body(bytes(text(request.body()).toUpperCase()));
        }

        @Override
        public UpstreamResult fromChat(UpstreamResult.Completed chat, UpstreamRequest request) {
            return new UpstreamResult.Completed(bytes("reply:" + text(chat.body())), chat.usage(), chat.text());
        }

        @Override
        public StreamTranslation stream(UpstreamRequest request) {
            return new StreamTranslation() {
                @Override
                public List<StreamEvent> on(StreamEvent.Data chunk) {
                    return List.of(data("event:" + text(chunk.bytes())));
                }

                @Override
                public List<StreamEvent> end() {
                    return List.of(data("end"));
                }
            };
        }
    }

    private static UpstreamRequest request(String body, boolean stream) {
        ProviderAccount account = new ProviderAccount(new AccountId(UUID.randomUUID()), Platform.OPENAI, "a", "http://127.0.0.1:1",
                Set.of("m"), 1000, 1, AccountHealth.ENABLED, Map.of());
        return new UpstreamRequest(account, "sk", "m", bytes(body), stream, OptionalLong.empty(), AttemptLimits.NONE, ModelKind.CHAT,
                UpstreamRequest.JSON, Dialect.ANTHROPIC_MESSAGES, Map.of("anthropic-version", "2023-06-01"));
    }

    private static StreamEvent.Data data(String text) {
        return new StreamEvent.Data(bytes(text), text, Optional.empty(), false);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
