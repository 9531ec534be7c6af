package io.tollgate.application.fakes;

import io.tollgate.domain.identity.PasswordHasher;

/** A fast stand-in for the slow hasher: reversible, so only for tests. */
public final class FakePasswordHasher implements PasswordHasher {

    @Override
    public String hash(String password) {
        return "fake$" + new StringBuilder(password).reverse();
    }

    @Override
    public boolean matches(String password, String hash) {
        return password != null && hash(password).equals(hash);
    }
}
