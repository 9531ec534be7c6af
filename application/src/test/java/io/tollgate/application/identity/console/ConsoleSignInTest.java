package io.tollgate.application.identity.console;

import io.tollgate.domain.totp.Base32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.fakes.FakePasswordHasher;
import io.tollgate.application.fakes.FakeSecretSealer;
import io.tollgate.application.fakes.InMemoryAdmins;
import io.tollgate.application.fakes.InMemoryConsoleSessions;
import io.tollgate.application.identity.signin.LoginThrottle;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Password, then enrolment or a code: sessions only ever advance through the right step. */
class ConsoleSignInTest {

    private final InMemoryAdmins admins = new InMemoryAdmins();
    private final InMemoryConsoleSessions sessions = new InMemoryConsoleSessions();
    private Instant now = Instant.parse("2026-12-01T10:00:05Z");
    private final Clock clock = new Clock() {
        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };
    private final LoginThrottle throttle = new LoginThrottle(new io.tollgate.application.fakes.InMemorySignInAttempts(), 5,
            Duration.ofMinutes(15), clock);
    private final FakeSecretSealer sealer = new FakeSecretSealer();
    private final SignInAdmin signIn = new SignInAdmin(admins, sessions, new FakePasswordHasher(), throttle, new SecureRandom(), clock);
    private final SecondFactor factor = new SecondFactor(admins, sessions, sealer, throttle, new SecureRandom(), clock);
    private String password;

    @BeforeEach
    void firstAdmin() {
        password = new FirstAdmin(admins, new FakePasswordHasher(), new SecureRandom()).ensure().orElseThrow();
    }

    @Test
    void aFreshAdminMustEnrolAndGetsTenOneTimeRecoveryCodes() {
        ConsoleSession session = open();
        assertEquals(ConsoleSession.Stage.NEEDS_ENROLMENT, session.stage());
        Admin admin = admins.byUsername("admin").orElseThrow();
        SecondFactor.Enrolment enrolment = factor.beginEnrolment(admin);
        assertTrue(enrolment.otpauthUri().startsWith("otpauth://totp/Tollgate%3Aadmin?secret=" + enrolment.base32Secret()));
        assertFalse(admins.byId(admin.id()).orElseThrow().sealedTotpSecret().orElseThrow().contains(enrolment.base32Secret()));

        var passed = assertInstanceOf(SecondFactor.Outcome.Passed.class, factor.confirmEnrolment(session, code(enrolment, now)));

        assertEquals(10, passed.recoveryCodes().size());
        assertEquals(10, passed.recoveryCodes().stream().distinct().count());
        ConsoleSession next = open();
        assertEquals(ConsoleSession.Stage.NEEDS_CODE, next.stage());
        assertInstanceOf(SecondFactor.Outcome.Passed.class, factor.verify(next, passed.recoveryCodes().get(0), "ip"));
        assertInstanceOf(SecondFactor.Outcome.WrongCode.class, factor.verify(open(), passed.recoveryCodes().get(0), "ip"));
    }

    @Test
    void aCodeIsAcceptedOnceAndAnOlderOneNeverAgain() {
        SecondFactor.Enrolment enrolment = enrolled();
        now = now.plusSeconds(30);
        String fresh = code(enrolment, now);

        assertInstanceOf(SecondFactor.Outcome.Passed.class, factor.verify(open(), fresh, "ip"));
        assertInstanceOf(SecondFactor.Outcome.Replayed.class, factor.verify(open(), fresh, "ip"));
        assertInstanceOf(SecondFactor.Outcome.Replayed.class, factor.verify(open(), code(enrolment, now.minusSeconds(30)), "ip"));
        assertInstanceOf(SecondFactor.Outcome.WrongCode.class, factor.verify(open(), "000000".equals(fresh) ? "111111" : "000000", "ip"));
    }

    @Test
    void aCodeDoesNotSkipThePasswordOrAnEnrolment() {
        ConsoleSession needsEnrolment = open();

        assertInstanceOf(SecondFactor.Outcome.WrongStage.class, factor.verify(needsEnrolment, "123456", "ip"));
    }

    @Test
    void fiveWrongPasswordsLockTheNameAndAddressForTheWindowOnly() {
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(SignInAdmin.Outcome.BadCredentials.class, signIn.signIn("admin", "wrong", "10.0.0.1"));
        }
        var throttled = assertInstanceOf(SignInAdmin.Outcome.Throttled.class, signIn.signIn("admin", password, "10.0.0.1"));
        assertEquals(Duration.ofMinutes(15), throttled.retryAfter());
        assertInstanceOf(SignInAdmin.Outcome.Opened.class, signIn.signIn("admin", password, "10.0.0.2"));

        now = now.plus(Duration.ofMinutes(15));

        assertInstanceOf(SignInAdmin.Outcome.Opened.class, signIn.signIn("admin", password, "10.0.0.1"));
    }

    @Test
    void sessionsAreFoundByTheirCookieValueAndEndAtSignOut() {
        var opened = (SignInAdmin.Outcome.Opened) signIn.signIn("admin", password, "ip");
        ConsoleAccess access = new ConsoleAccess(sessions, admins, clock);

        assertEquals("admin", access.current(opened.sessionId()).orElseThrow().admin().username());
        assertNotEqualsHash(opened);
        access.signOut(opened.sessionId());
        assertTrue(access.current(opened.sessionId()).isEmpty());
    }

    private void assertNotEqualsHash(SignInAdmin.Outcome.Opened opened) {
        assertFalse(opened.session().idHash().equals(opened.sessionId()), "only the hash is stored");
    }

    private SecondFactor.Enrolment enrolled() {
        ConsoleSession session = open();
        SecondFactor.Enrolment enrolment = factor.beginEnrolment(admins.byUsername("admin").orElseThrow());
        assertInstanceOf(SecondFactor.Outcome.Passed.class, factor.confirmEnrolment(session, code(enrolment, now)));
        return enrolment;
    }

    @Test
    void aCompletedSignInMovesToANewSessionIdAndTheOldOneStopsWorking() {
        String planted = ((SignInAdmin.Outcome.Opened) signIn.signIn("admin", password, "ip")).sessionId();
        ConsoleAccess access = new ConsoleAccess(sessions, admins, clock);

        String renewed = access.renew(planted).orElseThrow();

        assertFalse(renewed.equals(planted));
        assertTrue(access.current(planted).isEmpty(), "the id from before sign-in is dead");
        assertEquals(admins.byUsername("admin").orElseThrow().id(), access.current(renewed).orElseThrow().admin().id());
        assertTrue(access.renew("never-issued").isEmpty());
    }

    private ConsoleSession open() {
        return ((SignInAdmin.Outcome.Opened) signIn.signIn("admin", password, "ip")).session();
    }

    private static String code(SecondFactor.Enrolment enrolment, Instant at) {
        return SecondFactor.ADMIN_TOTP.code(Base32.decode(enrolment.base32Secret()), at);
    }

    @Test
    void base32RoundTripsAnyKey() {
        SecureRandom random = new SecureRandom();
        for (int length : List.of(1, 5, 10, 20, 32)) {
            byte[] key = new byte[length];
            random.nextBytes(key);
            assertEquals(java.util.HexFormat.of().formatHex(key),
                    java.util.HexFormat.of().formatHex(java.util.Arrays.copyOf(Base32.decode(Base32.encode(key)), length)));
        }
    }
}
