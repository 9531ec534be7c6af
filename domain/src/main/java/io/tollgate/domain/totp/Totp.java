package io.tollgate.domain.totp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * RFC 6238 time-based one-time passwords with T0 = 0, over HMAC of the named hash ({@code SHA-1}, {@code SHA-256},
 * {@code SHA-512}); the time is always passed in.
 */
public record Totp(String hash, int digits, Duration step, int window) {

    /** What aibalance's memfit gate uses: HMAC-SHA1, 6 digits, 30-second steps, ±2 steps accepted. */
    public static final Totp MEMFIT = new Totp("SHA-1", 6, Duration.ofSeconds(30), 2);

    public Totp {
        Objects.requireNonNull(hash, "hash");
        if (digits < 1 || digits > 9 || step.isNegative() || step.getSeconds() < 1 || window < 0 || window > 100) {
            throw new IllegalArgumentException("1 to 9 digits, a step of a second or more, a window of 0 to 100 steps");
        }
        digest(hash);
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

    /** RFC 2104 over {@link MessageDigest}: the domain sees only {@code java..}, and javax.crypto is not in it. */
    private byte[] hmac(byte[] key, byte[] message) {
        MessageDigest digest = digest(hash);
        int block = hash.endsWith("384") || hash.endsWith("512") ? 128 : 64;
        byte[] padded = new byte[block];
        byte[] shortKey = key.length > block ? digest.digest(key) : key;
        System.arraycopy(shortKey, 0, padded, 0, shortKey.length);
        byte[] inner = new byte[block];
        byte[] outer = new byte[block];
        for (int i = 0; i < block; i++) {
            inner[i] = (byte) (padded[i] ^ 0x36);
            outer[i] = (byte) (padded[i] ^ 0x5c);
        }
        digest.update(inner);
        byte[] innerHash = digest.digest(message);
        digest.update(outer);
        return digest.digest(innerHash);
    }

    private static MessageDigest digest(String hash) {
        try {
            return MessageDigest.getInstance(hash);
        } catch (NoSuchAlgorithmException unknown) {
            throw new IllegalArgumentException("unknown hash " + hash, unknown);
        }
    }
}
