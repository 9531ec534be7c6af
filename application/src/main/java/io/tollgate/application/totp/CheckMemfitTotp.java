package io.tollgate.application.totp;

import io.tollgate.domain.totp.MemfitModels;
import io.tollgate.domain.totp.MemfitWire;
import io.tollgate.domain.totp.Totp;
import java.time.Clock;
import java.util.Optional;

/** The memfit gate: whether a request for a model may go on, judged by its {@code X-Memfit-OTP-Auth} header. */
public final class CheckMemfitTotp {

    /** The requested model and the header as sent, if any. */
    public record Command(String model, Optional<String> header) {}

    private final MemfitModels models;
    private final CurrentTotpSecret secret;
    private final Totp totp;
    private final Clock clock;

    public CheckMemfitTotp(MemfitModels models, CurrentTotpSecret secret, Totp totp, Clock clock) {
        this.models = models;
        this.secret = secret;
        this.totp = totp;
        this.clock = clock;
    }

    public MemfitGateOutcome check(Command command) {
        if (!models.covers(command.model())) {
            return new MemfitGateOutcome.NotRequired();
        }
        if (command.header().isEmpty() || command.header().get().isBlank()) {
            return new MemfitGateOutcome.Missing();
        }
        Optional<String> code = MemfitWire.decode(command.header().get());
        if (code.isEmpty() || !totp.verify(secret.get().key(), code.get(), clock.instant())) {
            return new MemfitGateOutcome.Failed();
        }
        return new MemfitGateOutcome.Passed();
    }

    public MemfitModels models() {
        return models;
    }
}
