package io.tollgate.application.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.ModelPrice;
import io.tollgate.domain.relay.ModelRoute;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.UsageRecord;
import io.tollgate.domain.relay.kind.ModelKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelayAudioTest {

    private static final String TTS = "tts-1";
    private static final String STT = "whisper-1";

    private final RelayFixture f = new RelayFixture();

    RelayAudioTest() {
        // 15 000 points per 1M characters; 60 points per minute
        Points zero = Points.ZERO;
        f.models.add(new Model(TTS, List.of(new ModelRoute(Platform.OPENAI, TTS)),
                new ModelPrice(zero, zero, zero, Points.exactly("15000"), zero), true, Optional.empty(),
                Model.DEFAULT_MAX_OUTPUT_TOKENS, ModelKind.SPEECH));
        f.models.add(new Model(STT, List.of(new ModelRoute(Platform.OPENAI, STT)),
                new ModelPrice(zero, zero, zero, zero, Points.exactly("60")), true, Optional.empty(),
                Model.DEFAULT_MAX_OUTPUT_TOKENS, ModelKind.TRANSCRIPTION));
    }

    private ProviderAccount account(String name) {
        return f.manageAccounts.add(id -> new ProviderAccount(id, Platform.OPENAI, name, "http://127.0.0.1:1/v1",
                Set.of(TTS, STT), 0, 1, AccountHealth.ENABLED, Map.of()), "sk-" + name, "test");
    }

    private RelayOutcome call(User user, ModelKind kind, String model, long units) {
        ChatCall call = ChatCall.audio(kind, model, "{}".getBytes(StandardCharsets.UTF_8), "application/json", units);
        return f.relay.relay(new RelayChat.Command(f.key(user, List.of(), 0), call, "req-" + System.nanoTime(), "203.0.113.7"));
    }

    private static UpstreamResult.Completed audio(OptionalLong measured) {
        return new UpstreamResult.Completed(new byte[] {1, 2}, Optional.of(Usage.NONE), "", "audio/wav", measured);
    }

    @Test
    void speechHoldsAndIsBilledOnTheCharactersTheRequestMeasured() {
        ProviderAccount a = account("a");
        // 25 characters × 15 000 / 1M = 0.375
        User exact = f.user("exact", "0.375");
        f.platform.always(a.id(), () -> audio(OptionalLong.empty()));
        assertInstanceOf(RelayOutcome.Answered.class, call(exact, ModelKind.SPEECH, TTS, 25));
        assertEquals(Points.ZERO, f.balance(exact));
        UsageRecord record = f.metering.usage(exact.id(), 0, 10).getFirst();
        assertEquals(ModelKind.SPEECH, record.kind());
        assertEquals(25, record.units());
        User poorer = f.user("short", "0.374");
        assertInstanceOf(RelayFailure.InsufficientBalance.class, call(poorer, ModelKind.SPEECH, TTS, 25));
    }

    @Test
    void aTranscriptionIsBilledOnThePlatformsMeasureElseOnTheRequests() {
        ProviderAccount a = account("a");
        User alice = f.user("alice", "100");
        f.platform.next(a.id(), () -> audio(OptionalLong.of(12_500)));
        f.platform.next(a.id(), () -> audio(OptionalLong.empty()));

        call(alice, ModelKind.TRANSCRIPTION, STT, 30_000);
        call(alice, ModelKind.TRANSCRIPTION, STT, 30_000);

        // 12.5 s from the platform, then 30 s the request measured, at 60 per minute
        assertEquals(Points.exactly("57.5"), f.balance(alice));
        assertEquals(List.of(30_000L, 12_500L), f.metering.usage(alice.id(), 0, 10).stream().map(UsageRecord::units).toList());
    }

    @Test
    void aCallEveryAccountFailedCostsNothing() {
        ProviderAccount a = account("a");
        f.platform.always(a.id(), ScriptedProvider.fail(FailureClass.TRANSIENT, 503, "down"));
        User alice = f.user("alice", "10");

        assertInstanceOf(RelayFailure.class, call(alice, ModelKind.SPEECH, TTS, 100));
        assertInstanceOf(RelayFailure.class, call(alice, ModelKind.TRANSCRIPTION, STT, 60_000));

        assertEquals(Points.exactly("10"), f.balance(alice));
    }
}
