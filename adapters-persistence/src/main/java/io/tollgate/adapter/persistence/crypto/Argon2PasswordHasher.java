package io.tollgate.adapter.persistence.crypto;

import io.tollgate.domain.identity.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id password hashes (OWASP's m=19 MiB, t=2, p=1) stored as PHC strings. */
public final class Argon2PasswordHasher implements PasswordHasher {

    private static final int MEMORY_KIB = 19_456;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String hash(String password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, MEMORY_KIB, ITERATIONS, PARALLELISM, salt, HASH_BYTES);
        return new Argon2Phc(MEMORY_KIB, ITERATIONS, PARALLELISM, salt, hash).encode();
    }

    /** Checks with the parameters stored in the hash, so older hashes still verify after a change of cost. */
    @Override
    public boolean matches(String password, String hash) {
        if (password == null) {
            return false;
        }
        return Argon2Phc.parse(hash)
                .map(phc -> MessageDigest.isEqual(phc.hash(), derive(password, phc.memoryKib(), phc.iterations(),
                        phc.parallelism(), phc.salt(), phc.hash().length)))
                .orElse(false);
    }

    private static byte[] derive(String password, int memoryKib, int iterations, int parallelism, byte[] salt,
                                 int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
