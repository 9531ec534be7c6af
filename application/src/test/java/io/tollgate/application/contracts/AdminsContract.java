package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.identity.console.Admin;
import io.tollgate.application.identity.console.AdminId;
import io.tollgate.application.identity.console.Admins;
import io.tollgate.application.identity.console.ConsoleSession;
import io.tollgate.application.identity.console.ConsoleSessions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Admins} and {@link ConsoleSessions} pair does: one first admin, no replayed step, spent codes, expiring sessions. */
public abstract class AdminsContract {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private Admins admins;
    private ConsoleSessions sessions;
    private final Admin first = new Admin(new AdminId(UUID.randomUUID()), "admin", "hash", Optional.empty(), false, 0);

    /** A store with no admin; {@link #sessions()} is then the sessions of the same store. */
    protected abstract Admins newAdmins();

    protected abstract ConsoleSessions sessions();

    @BeforeEach
    void createStore() {
        admins = newAdmins();
        sessions = sessions();
    }

    @Test
    void onlyTheFirstAdminIsAdded() {
        assertTrue(admins.addFirst(first));
        assertFalse(admins.addFirst(new Admin(new AdminId(UUID.randomUUID()), "second", "hash", Optional.empty(), false, 0)));
        assertEquals(Optional.of(first), admins.byUsername("admin"));
        assertEquals(Optional.empty(), admins.byUsername("second"));
    }

    @Test
    void aStepIsUsedOnceAndNeverAnOlderOne() {
        admins.addFirst(first);
        admins.beginTotpEnrolment(first.id(), "sealed");
        admins.enableTotp(first.id(), List.of("h1", "h2"));

        assertTrue(admins.useTotpStep(first.id(), 100));
        assertFalse(admins.useTotpStep(first.id(), 100));
        assertFalse(admins.useTotpStep(first.id(), 99));
        assertTrue(admins.useTotpStep(first.id(), 101));
        assertTrue(admins.byId(first.id()).orElseThrow().totpEnabled());
    }

    @Test
    void aChangedPasswordHashReplacesTheOldOne() {
        admins.addFirst(first);

        admins.changePassword(first.id(), "new-hash");

        assertEquals("new-hash", admins.byUsername("admin").orElseThrow().passwordHash());
    }

    @Test
    void aSealedSecretIsReplacedOnlyIfItIsStillTheOneRead() {
        admins.addFirst(first);
        admins.beginTotpEnrolment(first.id(), "sealed-old");

        assertFalse(admins.replaceTotpSecret(first.id(), "something-else", "sealed-new"));
        assertTrue(admins.replaceTotpSecret(first.id(), "sealed-old", "sealed-new"));
        assertEquals(List.of(Optional.of("sealed-new")), admins.all().stream().map(Admin::sealedTotpSecret).toList());
    }

    @Test
    void aRecoveryCodeIsSpentOnce() {
        admins.addFirst(first);
        admins.beginTotpEnrolment(first.id(), "sealed");
        admins.enableTotp(first.id(), List.of("h1", "h2"));

        assertTrue(admins.useRecoveryCode(first.id(), "h1"));
        assertFalse(admins.useRecoveryCode(first.id(), "h1"));
        assertFalse(admins.useRecoveryCode(first.id(), "unknown"));
    }

    @Test
    void anEnabledFactorIsNotReplacedByAStrayEnrolment() {
        admins.addFirst(first);
        admins.beginTotpEnrolment(first.id(), "sealed-1");
        admins.enableTotp(first.id(), List.of());

        admins.beginTotpEnrolment(first.id(), "sealed-2");

        assertEquals(Optional.of("sealed-1"), admins.byId(first.id()).orElseThrow().sealedTotpSecret());
    }

    @Test
    void sessionsAdvanceExpireAndClose() {
        admins.addFirst(first);
        sessions.open(new ConsoleSession("hash-1", first.id(), ConsoleSession.Stage.NEEDS_CODE, NOW.plusSeconds(60)));

        sessions.advance("hash-1", ConsoleSession.Stage.COMPLETE);

        assertEquals(ConsoleSession.Stage.COMPLETE, sessions.find("hash-1", NOW).orElseThrow().stage());
        assertEquals(Optional.empty(), sessions.find("hash-1", NOW.plusSeconds(61)));
        sessions.close("hash-1");
        assertEquals(Optional.empty(), sessions.find("hash-1", NOW));
    }
}
