package io.tollgate.adapter.persistence.crypto;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An Argon2id hash in the PHC string format, e.g. {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}. */
record Argon2Phc(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {

    static final int VERSION = 19;
    private static final Pattern FORMAT = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    // Bounds on what a stored hash may ask for, so that a corrupt row cannot make a login hog the machine.
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final int MAX_ITERATIONS = 32;
    private static final int MAX_PARALLELISM = 16;

    /** The parts of the string, or empty when it is not a well-formed Argon2id v19 hash within bounds. */
    static Optional<Argon2Phc> parse(String encoded) {
        if (encoded == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(encoded);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int memory = Integer.parseInt(matcher.group(1));
        int iterations = Integer.parseInt(matcher.group(2));
        int parallelism = Integer.parseInt(matcher.group(3));
        if (parallelism < 1 || parallelism > MAX_PARALLELISM || iterations < 1 || iterations > MAX_ITERATIONS
                || memory < 8 * parallelism || memory > MAX_MEMORY_KIB) {
            return Optional.empty();
        }
        try {
            byte[] salt = Base64.getDecoder().decode(matcher.group(4));
            byte[] hash = Base64.getDecoder().decode(matcher.group(5));
            if (salt.length < 8 || hash.length < 4) {
                return Optional.empty();
            }
            return Optional.of(new Argon2Phc(memory, iterations, parallelism, salt, hash));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    String encode() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=" + VERSION + "$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism
                + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }
}
