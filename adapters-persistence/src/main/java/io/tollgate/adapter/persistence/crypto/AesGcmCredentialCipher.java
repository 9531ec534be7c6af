package io.tollgate.adapter.persistence.crypto;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.account.SealedCredential;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals credentials with AES-256-GCM under the master key: a random 12-byte nonce, a 128-bit tag, and the
 * account id as associated data, so a sealed value copied to another account does not open. During a key
 * rotation it also opens values sealed under the previous key, told apart by their stored key id.
 */
public final class AesGcmCredentialCipher implements CredentialCipher {

    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final String ENVIRONMENT = "TOLLGATE_MASTER_KEY";
    private static final String PREVIOUS_ENVIRONMENT = "TOLLGATE_MASTER_KEY_PREVIOUS";

    private final SecretKeySpec key;
    private final String keyId;
    /** Every key this cipher opens with, by key id: the current one and any previous one. */
    private final Map<String, SecretKeySpec> openers;
    private final SecureRandom random = new SecureRandom();

    /** A cipher for this 32-byte master key; the array is copied. */
    public AesGcmCredentialCipher(byte[] masterKey) {
        this.key = new SecretKeySpec(checked(masterKey).clone(), "AES");
        this.keyId = keyIdOf(masterKey);
        this.openers = Map.of(keyId, key);
    }

    private AesGcmCredentialCipher(AesGcmCredentialCipher current, byte[] previousKey) {
        this.key = current.key;
        this.keyId = current.keyId;
        Map<String, SecretKeySpec> openers = new HashMap<>(current.openers);
        openers.putIfAbsent(keyIdOf(checked(previousKey)), new SecretKeySpec(previousKey.clone(), "AES"));
        this.openers = Map.copyOf(openers);
    }

    /** A cipher for the base64 master key as {@value #ENVIRONMENT} gives it. */
    public static AesGcmCredentialCipher fromBase64(String masterKey) {
        byte[] decoded = decode(ENVIRONMENT, masterKey);
        AesGcmCredentialCipher cipher = new AesGcmCredentialCipher(decoded);
        Arrays.fill(decoded, (byte) 0);
        return cipher;
    }

    /** This cipher, also opening values sealed under this previous 32-byte key; it still seals under the current one. */
    public AesGcmCredentialCipher withPrevious(byte[] previousKey) {
        return new AesGcmCredentialCipher(this, previousKey);
    }

    /** This cipher, also opening values sealed under the base64 key {@value #PREVIOUS_ENVIRONMENT} gives. */
    public AesGcmCredentialCipher withPreviousBase64(String previousKey) {
        byte[] decoded = decode(PREVIOUS_ENVIRONMENT, previousKey);
        AesGcmCredentialCipher cipher = withPrevious(decoded);
        Arrays.fill(decoded, (byte) 0);
        return cipher;
    }

    /** The first 8 hex digits of the key's SHA-256: names the key without revealing it. */
    public String keyId() {
        return keyId;
    }

    @Override
    public String currentKeyId() {
        return keyId;
    }

    @Override
    public boolean holdsKeyOf(SealedCredential sealed) {
        return openers.containsKey(sealed.keyId());
    }

    @Override
    public SealedCredential seal(AccountId account, String credential) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] ciphertext = run(Cipher.ENCRYPT_MODE, key, account, nonce,
                credential.getBytes(StandardCharsets.UTF_8), 0);
        return new SealedCredential(keyId, ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce)
                .put(ciphertext).array());
    }

    @Override
    public String open(AccountId account, SealedCredential sealed) {
        SecretKeySpec opener = openers.get(sealed.keyId());
        if (opener == null) {
            throw new IllegalStateException("the credential was sealed by master key " + sealed.keyId()
                    + ", but " + ENVIRONMENT + " is key " + keyId);
        }
        byte[] bytes = sealed.sealed();
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("a sealed credential is too short to be genuine");
        }
        byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
        return new String(run(Cipher.DECRYPT_MODE, opener, account, nonce, bytes, NONCE_BYTES), StandardCharsets.UTF_8);
    }

    private static byte[] run(int mode, SecretKeySpec key, AccountId account, byte[] nonce, byte[] input, int offset) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ByteBuffer.allocate(16).putLong(account.value().getMostSignificantBits())
                    .putLong(account.value().getLeastSignificantBits()).array());
            return cipher.doFinal(input, offset, input.length - offset);
        } catch (javax.crypto.AEADBadTagException forged) {
            throw new IllegalArgumentException(
                    "the sealed credential was tampered with or belongs to another account", forged);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("AES-GCM is unavailable", unavailable);
        }
    }

    private static byte[] checked(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the master key must be exactly " + KEY_BYTES + " bytes");
        }
        return key;
    }

    private static byte[] decode(String variable, String base64) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException(variable + " must be base64 of 32 random bytes; it is not base64");
        }
        if (decoded.length != KEY_BYTES) {
            throw new IllegalArgumentException(variable + " must be base64 of 32 random bytes; it decodes to "
                    + decoded.length + " bytes");
        }
        return decoded;
    }

    private static String keyIdOf(byte[] masterKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(masterKey);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("SHA-256 is unavailable", unavailable);
        }
    }
}
