package io.tollgate.application.totp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.tollgate.application.fakes.InMemoryTotpSecrets;
import io.tollgate.domain.totp.MemfitModels;
import io.tollgate.domain.totp.Totp;
import io.tollgate.domain.totp.TotpSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CheckMemfitTotpTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.ofEpochSecond(1_111_111_109L));
    private final Clock clock = new Clock() {
        public Instant instant() {
            return now.get();
        }

        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };
    private final InMemoryTotpSecrets store = new InMemoryTotpSecrets();
    private final CurrentTotpSecret secret = new CurrentTotpSecret(store, clock, Duration.ofSeconds(3));
    private final CheckMemfitTotp gate = new CheckMemfitTotp(MemfitModels.DEFAULT, secret, Totp.MEMFIT, clock);
    private final ManageTotpSecret manage = new ManageTotpSecret(secret, Totp.MEMFIT, clock,
            new io.tollgate.application.audit.AuditTrail(new io.tollgate.application.fakes.InMemoryAuditLog(), clock));

    /** {@code code} null: no header presented; otherwise the code the gate read from it. */
    private MemfitGateOutcome check(String model, String code) {
        return gate.check(new CheckMemfitTotp.Command(model, code != null, Optional.ofNullable(code)));
    }

    private String codeNow() {
        return Totp.MEMFIT.code(secret.get().key(), now.get());
    }

    @Test
    void aNonMemfitModelNeedsNoHeader() {
        assertInstanceOf(MemfitGateOutcome.NotRequired.class, check("glm-4-flash-free", null));
        assertInstanceOf(MemfitGateOutcome.NotRequired.class, check("glm-4-flash-free", "garbage"));
    }

    @Test
    void noHeaderIsMissing() {
        assertInstanceOf(MemfitGateOutcome.Missing.class, check("memfit-light-free", null));
        assertInstanceOf(MemfitGateOutcome.Missing.class, check("Memfit-Light-Free", null));
    }

    @Test
    void aHeaderWithoutAReadableCodeFails() {
        assertInstanceOf(MemfitGateOutcome.Failed.class, gate.check(new CheckMemfitTotp.Command("memfit-light-free", true, Optional.empty())));
        assertInstanceOf(MemfitGateOutcome.Failed.class, check("memfit-light-free", "000000x"));
    }

    @Test
    void theCurrentCodePasses() {
        assertInstanceOf(MemfitGateOutcome.Passed.class, check("memfit-light-free", codeNow()));
    }

    @Test
    void theSecretIsCreatedOnceAndKept() {
        TotpSecret first = secret.get();

        now.set(now.get().plusSeconds(3600));

        assertEquals(first, secret.get());
        assertEquals(Optional.of(first), store.current());
    }

    @Test
    void afterARotationHereTheOldCodeFailsAtOnce() {
        String old = codeNow();

        manage.rotate("test");

        assertInstanceOf(MemfitGateOutcome.Failed.class, check("memfit-light-free", old));
        assertInstanceOf(MemfitGateOutcome.Passed.class, check("memfit-light-free", codeNow()));
    }

    @Test
    void aRotationByAnotherNodeArrivesWithinTheRefresh() {
        String old = codeNow();
        TotpSecret rotatedElsewhere = TotpSecret.random();
        store.replace(rotatedElsewhere);

        assertInstanceOf(MemfitGateOutcome.Passed.class, check("memfit-light-free", old), "still cached");
        now.set(now.get().plusSeconds(3));

        assertInstanceOf(MemfitGateOutcome.Failed.class, check("memfit-light-free", old));
        assertEquals(rotatedElsewhere, secret.get());
    }

    @Test
    void theAdminViewShowsTheSecretAndItsCodeNow() {
        ManageTotpSecret.View view = manage.show();

        assertEquals(Totp.MEMFIT.code(view.secret().key(), now.get()), view.code());
        assertEquals(Instant.ofEpochSecond(1_111_111_110L), view.codeStepEnds());
        assertNotEquals(view.secret(), manage.rotate("test").secret());
    }
}
