package io.tollgate.application.identity.console;

import io.tollgate.application.identity.signin.LoginThrottle;
import io.tollgate.application.identity.SecretHash;
import io.tollgate.domain.totp.Base32;
import io.tollgate.domain.totp.Totp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** The console's second factor: enrol an authenticator app (RFC 6238), then pass sign-in with a fresh code or a recovery code. */
public final class SecondFactor {

    /** SHA-1, 6 digits, 30 s, one step either side: what every authenticator app speaks. */
    public static final Totp ADMIN_TOTP = new Totp("SHA-1", 6, Duration.ofSeconds(30), 1);
    public static final int RECOVERY_CODES = 10;
    private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    /** What the enrolment page shows: the key for manual entry and the URI the QR code carries. */
    public record Enrolment(String base32Secret, String otpauthUri) {}

    /** How a code was received. */
    public sealed interface Outcome {
        /** {@code recoveryCodes} are shown once after an enrolment, empty after a sign-in. */
        record Passed(List<String> recoveryCodes) implements Outcome {}
        record WrongCode() implements Outcome {}
        record Replayed() implements Outcome {}
        record Throttled(Duration retryAfter) implements Outcome {}
        record WrongStage() implements Outcome {}
    }

    private final Admins admins;
    private final ConsoleSessions sessions;
    private final SecretSealer sealer;
    private final LoginThrottle throttle;
    private final SecureRandom random;
    private final Clock clock;

    public SecondFactor(Admins admins, ConsoleSessions sessions, SecretSealer sealer, LoginThrottle throttle,
                        SecureRandom random, Clock clock) {
        this.admins = admins;
        this.sessions = sessions;
        this.sealer = sealer;
        this.throttle = throttle;
        this.random = random;
        this.clock = clock;
    }

    /** A new secret for the admin, kept sealed and pending until a code from it is confirmed. */
    public Enrolment beginEnrolment(Admin admin) {
        byte[] key = new byte[20];
        random.nextBytes(key);
        String secret = Base32.encode(key);
        admins.beginTotpEnrolment(admin.id(), sealer.seal(admin.id().value(), secret));
        String label = URLEncoder.encode("Tollgate:" + admin.username(), StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrolment(secret, "otpauth://totp/" + label + "?secret=" + secret
                + "&issuer=Tollgate&algorithm=SHA1&digits=6&period=30");
    }

    /** Confirms the pending secret with a code from the app: the factor is on, the sign-in complete, recovery codes made. */
    public Outcome confirmEnrolment(ConsoleSession session, String code) {
        if (session.stage() == ConsoleSession.Stage.NEEDS_CODE) {
            return new Outcome.WrongStage();
        }
        Admin admin = admins.byId(session.admin()).orElseThrow();
        Outcome checked = checkCode(admin, code, "enrol|" + admin.id());
        if (!(checked instanceof Outcome.Passed)) {
            return checked;
        }
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = recoveryCode();
            codes.add(recovery);
            hashes.add(SecretHash.of(recovery));
        }
        admins.enableTotp(admin.id(), hashes);
        sessions.advance(session.idHash(), ConsoleSession.Stage.COMPLETE);
        return new Outcome.Passed(List.copyOf(codes));
    }

    /** The second step of a sign-in: a TOTP code not used before, or an unspent recovery code. */
    public Outcome verify(ConsoleSession session, String code, String clientIp) {
        if (session.stage() != ConsoleSession.Stage.NEEDS_CODE) {
            return new Outcome.WrongStage();
        }
        Admin admin = admins.byId(session.admin()).orElseThrow();
        String key = "code|" + admin.id() + "|" + clientIp;
        String presented = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        Outcome outcome = presented.contains("-") ? recovery(admin, presented, key) : checkCode(admin, presented, key);
        if (outcome instanceof Outcome.Passed) {
            sessions.advance(session.idHash(), ConsoleSession.Stage.COMPLETE);
        }
        return outcome;
    }

    private Outcome recovery(Admin admin, String presented, String key) {
        Optional<Duration> wait = throttle.admit(key);
        if (wait.isPresent()) {
            return new Outcome.Throttled(wait.get());
        }
        if (admins.useRecoveryCode(admin.id(), SecretHash.of(presented))) {
            throttle.succeeded(key);
            return new Outcome.Passed(List.of());
        }
        return new Outcome.WrongCode();
    }

    private Outcome checkCode(Admin admin, String code, String key) {
        Optional<Duration> wait = throttle.admit(key);
        if (wait.isPresent()) {
            return new Outcome.Throttled(wait.get());
        }
        byte[] secret = Base32.decode(sealer.open(admin.id().value(), admin.sealedTotpSecret().orElseThrow()));
        OptionalLong step = matchingStep(secret, code == null ? "" : code.strip());
        if (step.isEmpty()) {
            return new Outcome.WrongCode();
        }
        if (!admins.useTotpStep(admin.id(), step.getAsLong())) {
            return new Outcome.Replayed();
        }
        throttle.succeeded(key);
        return new Outcome.Passed(List.of());
    }

    /** The step whose code matches; every step is compared so the timing tells nothing. */
    private OptionalLong matchingStep(byte[] secret, String code) {
        long now = ADMIN_TOTP.counter(clock.instant());
        OptionalLong found = OptionalLong.empty();
        byte[] presented = code.getBytes(StandardCharsets.US_ASCII);
        for (long step = now - ADMIN_TOTP.window(); step <= now + ADMIN_TOTP.window(); step++) {
            byte[] expected = ADMIN_TOTP.code(secret, step).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, presented) && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    private String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
