package io.tollgate.domain.totp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 time-based one-time passwords with T0 = 0; the time is always passed in. */
public record Totp(String hmacAlgorithm, int digits, Duration step, int window) {

    /** What aibalance's memfit gate uses: HMAC-SHA1, 6 digits, 30-second steps, ±2 steps accepted. */
    public static final Totp MEMFIT = new Totp("HmacSHA1", 6, Duration.ofSeconds(30), 2);

    public Totp {
        Objects.requireNonNull(hmacAlgorithm, "hmacAlgorithm");
        if (digits < 1 || digits > 9 || step.isNegative() || step.getSeconds() < 1 || window < 0 || window > 100) {
            throw new IllegalArgumentException("1 to 9 digits, a step of a second or more, a window of 0 to 100 steps");
        }
        try {
            Mac.getInstance(hmacAlgorithm);
        } catch (GeneralSecurityException unknown) {
            throw new IllegalArgumentException("unknown HMAC algorithm " + hmacAlgorithm, unknown);
        }
    }

    /** The counter of the step {@code at} falls in. */
    public long counter(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), step.getSeconds());
    }

    /** The code at {@code at}, zero-padded to {@link #digits()}. */
    public String code(byte[] key, Instant at) {
        return code(key, counter(at));
    }

    /** The code of one counter value (RFC 4226 dynamic truncation). */
    public String code(byte[] key, long counter) {
        byte[] hash = hmac(key, ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        int code = binary % (int) Math.pow(10, digits);
        return String.format("%0" + digits + "d", code);
    }

    /**
     * Whether {@code presented} (decimal digits, leading zeros optional, surrounding whitespace ignored) is the
     * code of a step within the window around {@code at}. Every step is compared, in constant time, so the
     * answer's timing says nothing about which step or digit differed.
     */
    public boolean verify(byte[] key, String presented, Instant at) {
        byte[] candidate = normalized(presented);
        boolean match = false;
        long now = counter(at);
        for (long counter = now - window; counter <= now + window; counter++) {
            byte[] expected = code(key, counter).getBytes(StandardCharsets.US_ASCII);
            match |= candidate != null & MessageDigest.isEqual(expected, candidate == null ? expected : candidate);
        }
        return match;
    }

    private byte[] normalized(String presented) {
        if (presented == null) {
            return null;
        }
        String text = presented.strip();
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        long value = Long.parseLong(text);
        if (value >= (long) Math.pow(10, digits)) {
            return null;
        }
        return String.format("%0" + digits + "d", value).getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(hmacAlgorithm);
            mac.init(new SecretKeySpec(key, hmacAlgorithm));
            return mac.doFinal(message);
        } catch (GeneralSecurityException checkedInTheConstructor) {
            throw new IllegalStateException(checkedInTheConstructor);
        }
    }
}
