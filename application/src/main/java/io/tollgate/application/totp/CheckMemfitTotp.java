package io.tollgate.application.totp;

import io.tollgate.domain.totp.MemfitModels;
import io.tollgate.domain.totp.Totp;
import java.time.Clock;
import java.util.Optional;

/** The memfit gate: whether a request for a model may go on, judged by the code its {@code X-Memfit-OTP-Auth} header carried. */
public final class CheckMemfitTotp {

    /** The requested model; whether a header was presented, and the code it carried if it could be read. */
    public record Command(String model, boolean presented, Optional<String> code) {}

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
        if (!command.presented()) {
            return new MemfitGateOutcome.Missing();
        }
        Optional<String> code = command.code();
        if (code.isEmpty() || !totp.verify(secret.get().key(), code.get(), clock.instant())) {
            return new MemfitGateOutcome.Failed();
        }
        return new MemfitGateOutcome.Passed();
    }

    public MemfitModels models() {
        return models;
    }
}
