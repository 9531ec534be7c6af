package io.tollgate.domain.identity;

/** Turns passwords into slow, salted hashes and checks passwords against them. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
