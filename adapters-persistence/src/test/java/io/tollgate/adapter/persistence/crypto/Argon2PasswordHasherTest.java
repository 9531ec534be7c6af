package io.tollgate.adapter.persistence.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2PasswordHasherTest {

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void aHashIsAnArgon2idPhcStringThatMatchesItsPassword() {
        String hash = hasher.hash("correct horse battery staple");

        assertTrue(hash.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), hash);
        assertTrue(hasher.matches("correct horse battery staple", hash));
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        String hash = hasher.hash("correct horse battery staple");

        assertFalse(hasher.matches("correct horse battery stapler", hash));
        assertFalse(hasher.matches("", hash));
        assertFalse(hasher.matches(null, hash));
    }

    @Test
    void twoHashesOfOnePasswordDifferByTheirSalt() {
        assertNotEquals(hasher.hash("密码 with ünicode"), hasher.hash("密码 with ünicode"));
        assertTrue(hasher.matches("密码 with ünicode", hasher.hash("密码 with ünicode")));
    }

    @Test
    void aHashFromTheReferenceImplementationVerifiesWithItsOwnParameters() {
        // the Argon2id test vector of the reference implementation (phc-winner-argon2, test.c)
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

        assertTrue(hasher.matches("password", reference));
        assertFalse(hasher.matches("passwore", reference));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "password",
            "fake$drowssap",
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ",
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$!!notbase64!!",
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc$extra",
            "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=16$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=99999999,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=65536,t=0,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=65536,t=2,p=0$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPP"
    })
    void aMalformedOrForeignHashMatchesNothingAndThrowsNothing(String hash) {
        assertFalse(hasher.matches("password", hash));
    }
}
