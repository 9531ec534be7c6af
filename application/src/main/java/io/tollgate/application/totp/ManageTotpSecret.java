package io.tollgate.application.totp;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.domain.totp.Totp;
import io.tollgate.domain.totp.TotpSecret;
import java.time.Clock;
import java.time.Instant;

/** Shows the server's memfit secret and its current code to an admin, and rotates it (audited). */
public final class ManageTotpSecret {

    /** The secret, its code now, and when that code's step ends. */
    public record View(TotpSecret secret, String code, Instant codeStepEnds) {}

    private final CurrentTotpSecret secret;
    private final Totp totp;
    private final Clock clock;
    private final AuditTrail audit;

    public ManageTotpSecret(CurrentTotpSecret secret, Totp totp, Clock clock, AuditTrail audit) {
        this.secret = secret;
        this.totp = totp;
        this.clock = clock;
        this.audit = audit;
    }

    public View show() {
        return view(secret.get());
    }

    /** A new secret; codes of the old one fail on this node at once and on the others within the cache's refresh. */
    public View rotate(String actor) {
        View rotated = view(secret.rotate());
        audit.record(actor, "rotate-memfit-secret", "new secret " + rotated.secret().masked());
        return rotated;
    }

    /** What {@code /v1/memfit-totp-uuid} serves. */
    public TotpSecret current() {
        return secret.get();
    }

    private View view(TotpSecret current) {
        Instant now = clock.instant();
        long step = totp.step().getSeconds();
        return new View(current, totp.code(current.key(), now), Instant.ofEpochSecond((totp.counter(now) + 1) * step));
    }
}
