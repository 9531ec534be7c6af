package io.tollgate.domain.totp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TotpTest {

    static final TotpSecret SECRET = new TotpSecret("82771765-bd51-4f2a-b719-d536b3174611");
    static final Instant NOW = Instant.ofEpochSecond(1_111_111_109L);

    @ParameterizedTest(name = "t={0} -> counter {1}, code {2}, header {3}")
    @CsvSource({"59, 1, 635547, NjM1NTQ3", "1111111109, 37037036, 432575, NDMyNTc1"})
    void theProtocolsVectorsHold(long unixTime, long counter, String code, String header) {
        Instant at = Instant.ofEpochSecond(unixTime);

        assertEquals(counter, Totp.MEMFIT.counter(at));
        assertEquals(code, Totp.MEMFIT.code(SECRET.key(), at));
        assertEquals(header, Base64.getEncoder().encodeToString(code.getBytes(StandardCharsets.US_ASCII)));
        assertTrue(Totp.MEMFIT.verify(SECRET.key(), code, at));
    }

    @Test
    void rfc6238Sha1VectorHoldsOnTheSameCodePath() {
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

        assertEquals("287082", Totp.MEMFIT.code(key, Instant.ofEpochSecond(59)));
        assertEquals("94287082", new Totp("SHA-1", 8, Duration.ofSeconds(30), 0).code(key, Instant.ofEpochSecond(59)));
    }

    @ParameterizedTest(name = "step {0} passes")
    @ValueSource(ints = {-2, -1, 0, 1, 2})
    void codesFromTwoStepsBeforeToTwoStepsAfterPass(int offset) {
        String code = Totp.MEMFIT.code(SECRET.key(), Totp.MEMFIT.counter(NOW) + offset);

        assertTrue(Totp.MEMFIT.verify(SECRET.key(), code, NOW));
    }

    @ParameterizedTest(name = "step {0} fails")
    @ValueSource(ints = {-3, 3, -4, 4, 100})
    void codesThreeOrMoreStepsAwayFail(int offset) {
        String code = Totp.MEMFIT.code(SECRET.key(), Totp.MEMFIT.counter(NOW) + offset);
        // A code may repeat by chance within the window; these vectors were checked not to.
        assertFalse(Totp.MEMFIT.verify(SECRET.key(), code, NOW));
    }

    @ParameterizedTest(name = "{0} at t={1} -> {2}")
    @CsvSource({"SHA-256, 59, 46119246", "SHA-512, 59, 90693936", "SHA-256, 20000000000, 77737706", "SHA-512, 20000000000, 47863826"})
    void rfc6238VectorsForTheOtherHashesHold(String hash, long unixTime, String code) {
        String seed = "1234567890".repeat(hash.equals("SHA-256") ? 4 : 7).substring(0, hash.equals("SHA-256") ? 32 : 64);

        assertEquals(code, new Totp(hash, 8, Duration.ofSeconds(30), 0).code(seed.getBytes(StandardCharsets.US_ASCII), Instant.ofEpochSecond(unixTime)));
    }

    @Test
    void leadingZerosAreOptional() {
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        Instant at = findStepWithCode(key, "000");

        String code = Totp.MEMFIT.code(key, at);
        assertTrue(Totp.MEMFIT.verify(key, code.replaceFirst("^0+", ""), at), code);
        assertTrue(Totp.MEMFIT.verify(key, " " + code + "\n", at));
    }

    @Test
    void onetwothreePassesForACodeOf000123() {
        Totp totp = Totp.MEMFIT;
        byte[] key = keyWhoseCodeIs("000123", totp, NOW);

        assertTrue(totp.verify(key, "123", NOW));
        assertTrue(totp.verify(key, "000123", NOW));
        assertTrue(totp.verify(key, "0000123", NOW));
        assertFalse(totp.verify(key, "1230", NOW));
    }

    @ParameterizedTest(name = "''{0}'' fails")
    @ValueSource(strings = {"", " ", "abc", "-123", "+123", "12 34", "1e5", "1000000", "99999999999999999999"})
    void whatIsNotASixDigitNumberFails(String presented) {
        assertFalse(Totp.MEMFIT.verify(SECRET.key(), presented, NOW));
    }

    @Test
    void nullFails() {
        assertFalse(Totp.MEMFIT.verify(SECRET.key(), null, NOW));
    }

    @Test
    void randomCodesAgreeWithVerifyAcrossManySecretsAndTimes() {
        Random random = new Random(6238);
        for (int i = 0; i < 500; i++) {
            TotpSecret secret = TotpSecret.random();
            Instant at = Instant.ofEpochSecond(random.nextLong(4_000_000_000L));
            String code = Totp.MEMFIT.code(secret.key(), at);
            assertEquals(6, code.length());
            assertTrue(Totp.MEMFIT.verify(secret.key(), code, at.plusSeconds(random.nextInt(-59, 60))));
        }
    }

    @Test
    void anImpossibleProfileIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Totp("HmacNope", 6, Duration.ofSeconds(30), 2));
        assertThrows(IllegalArgumentException.class, () -> new Totp("SHA-1", 0, Duration.ofSeconds(30), 2));
        assertThrows(IllegalArgumentException.class, () -> new Totp("SHA-1", 6, Duration.ZERO, 2));
    }

    /** A key, found by search, whose code at {@code at} is {@code wanted}. */
    static byte[] keyWhoseCodeIs(String wanted, Totp totp, Instant at) {
        for (long i = 0; ; i++) {
            byte[] key = ("key-" + i).getBytes(StandardCharsets.US_ASCII);
            if (totp.code(key, at).equals(wanted)) {
                return key;
            }
        }
    }

    private static Instant findStepWithCode(byte[] key, String prefix) {
        for (long step = 0; ; step++) {
            Instant at = Instant.ofEpochSecond(step * 30);
            if (Totp.MEMFIT.code(key, at).startsWith(prefix)) {
                return at;
            }
        }
    }
}
