package io.tollgate.adapter.persistence.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.SealedCredential;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AesGcmCredentialCipherTest {

    private static final String SECRET = "sk-live-0123456789abcdef-凭据";
    private static final byte[] KEY = HexFormat.of().parseHex(
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    private final AesGcmCredentialCipher cipher = new AesGcmCredentialCipher(KEY);
    private final AccountId account = new AccountId(UUID.randomUUID());

    @Test
    void aSealedCredentialOpensToTheSameText() {
        SealedCredential sealed = cipher.seal(account, SECRET);

        assertEquals(SECRET, cipher.open(account, sealed));
        assertEquals(cipher.keyId(), sealed.keyId());
        assertEquals(8, sealed.keyId().length());
    }

    @Test
    void eachSealingUsesAFreshNonce() {
        assertFalse(Arrays.equals(cipher.seal(account, SECRET).sealed(), cipher.seal(account, SECRET).sealed()));
    }

    @Test
    void theSealedBytesNeverContainThePlaintext() {
        byte[] sealed = cipher.seal(account, SECRET).sealed();
        byte[] plain = SECRET.getBytes(StandardCharsets.UTF_8);

        assertEquals(AesGcmCredentialCipher.NONCE_BYTES + plain.length + 16, sealed.length);
        for (int i = 0; i + 8 <= plain.length; i++) {
            byte[] window = Arrays.copyOfRange(plain, i, i + 8);
            assertFalse(indexOf(sealed, window) >= 0, "plaintext bytes at " + i + " appear in the sealed value");
        }
    }

    @Test
    void anyFlippedBitIsDetected() {
        byte[] sealed = cipher.seal(account, SECRET).sealed();
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            SealedCredential forged = new SealedCredential(cipher.keyId(), tampered);
            assertThrows(IllegalArgumentException.class, () -> cipher.open(account, forged), "byte " + i);
        }
    }

    @Test
    void aValueMovedToAnotherAccountDoesNotOpen() {
        SealedCredential sealed = cipher.seal(account, SECRET);

        assertThrows(IllegalArgumentException.class, () -> cipher.open(new AccountId(UUID.randomUUID()), sealed));
    }

    @Test
    void aValueSealedByAnotherMasterKeyIsRefusedByName() {
        byte[] otherKey = KEY.clone();
        otherKey[0] = 42;
        AesGcmCredentialCipher other = new AesGcmCredentialCipher(otherKey);
        assertNotEquals(cipher.keyId(), other.keyId());

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> cipher.open(account, other.seal(account, SECRET)));
        assertTrue(refused.getMessage().contains(other.keyId()), refused.getMessage());
    }

    @Test
    void withThePreviousKeyItOpensBothButSealsOnlyUnderTheCurrentOne() {
        byte[] newKey = KEY.clone();
        newKey[31] = 7;
        AesGcmCredentialCipher current = new AesGcmCredentialCipher(newKey);
        AesGcmCredentialCipher rotating = current.withPrevious(KEY);
        SealedCredential underOld = cipher.seal(account, SECRET);
        SealedCredential underNew = rotating.seal(account, SECRET);

        assertEquals(SECRET, rotating.open(account, underOld));
        assertEquals(SECRET, rotating.open(account, underNew));
        assertEquals(current.keyId(), underNew.keyId());
        assertEquals(SECRET, current.open(account, underNew));
        assertTrue(rotating.holdsKeyOf(underOld));
        assertFalse(rotating.isCurrent(underOld));
        assertTrue(rotating.isCurrent(underNew));
        assertFalse(current.holdsKeyOf(underOld));
        assertThrows(IllegalStateException.class, () -> current.open(account, underOld));
    }

    @Test
    void aPreviousKeyThatIsNotThirtyTwoBytesOfBase64IsRefusedNamingItsVariable() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> cipher.withPreviousBase64(Base64.getEncoder().encodeToString(new byte[16])));
        assertTrue(refused.getMessage().contains("TOLLGATE_MASTER_KEY_PREVIOUS"), refused.getMessage());
    }

    @Test
    void theKeyIdComesFromTheKeySoTheSameKeyAlwaysHasTheSameId() {
        String base64 = Base64.getEncoder().encodeToString(KEY);

        assertEquals(cipher.keyId(), AesGcmCredentialCipher.fromBase64(base64).keyId());
        assertEquals(SECRET, AesGcmCredentialCipher.fromBase64(base64).open(account, cipher.seal(account, SECRET)));
    }

    @Test
    void aMasterKeyThatIsNotThirtyTwoBytesOfBase64IsRefusedNamingTheVariable() {
        for (String bad : new String[] {"", "not base64!", Base64.getEncoder().encodeToString(new byte[31]),
                Base64.getEncoder().encodeToString(new byte[33])}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> AesGcmCredentialCipher.fromBase64(bad), bad);
            assertTrue(refused.getMessage().contains("TOLLGATE_MASTER_KEY"), refused.getMessage());
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
