package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.adapter.persistence.crypto.AesGcmCredentialCipher;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MasterKeyRotationTest {

    private static final String CREDENTIAL = "sk-rotated-0123456789";

    private final String keyA = randomKey();
    private final String keyB = randomKey();
    private final DatabaseConfig db = TestDatabases.freshConfig();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final FakePlatform platform;

    MasterKeyRotationTest() throws java.io.IOException {
        FakePlatform.Answer completion = FakePlatform.completion("hi");
        platform = new FakePlatform(Map.of("up", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            completion.send(exchange);
        }));
    }

    @AfterEach
    void stopPlatform() {
        platform.close();
    }

    @Test
    void aWrongKeyStopsStartUpByNameAndThePreviousKeyVariableReSealsUnderTheNewOne() {
        RelayAdmin.Caller caller;
        try (RunningTollgate tg = new RunningTollgate(db, Map.of("TOLLGATE_MASTER_KEY", keyA))) {
            caller = addAccountAndCall(tg);
        }

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new RunningTollgate(db, Map.of("TOLLGATE_MASTER_KEY", keyB)).close());
        String message = refused.getMessage();
        assertTrue(message.startsWith("TOLLGATE_MASTER_KEY does not open the stored platform credentials"), message);
        assertTrue(message.contains("sealed under key id " + keyId(keyA)), message);
        assertTrue(message.contains("this key is " + keyId(keyB)), message);
        assertTrue(message.contains("TOLLGATE_MASTER_KEY_PREVIOUS"), message);

        new RunningTollgate(db, Map.of("TOLLGATE_MASTER_KEY", keyB, "TOLLGATE_MASTER_KEY_PREVIOUS", keyA)).close();

        try (RunningTollgate tg = new RunningTollgate(db, Map.of("TOLLGATE_MASTER_KEY", keyB))) {
            HttpResponse<String> reply = new RelayAdmin(tg).chat(caller, "rot-gpt", false);
            assertEquals(200, reply.statusCode(), reply.body());
        }
        assertEquals(List.of("Bearer " + CREDENTIAL, "Bearer " + CREDENTIAL), authorizations);
        assertThrows(IllegalArgumentException.class,
                () -> new RunningTollgate(db, Map.of("TOLLGATE_MASTER_KEY", keyA)).close(), "still opens under the old key");
    }

    @Test
    void theResealCommandCountsWhatItMovedAndASecondRunMovesNothing() {
        try (RunningTollgate tg = new RunningTollgate(db, Map.of("TOLLGATE_MASTER_KEY", keyA))) {
            addAccountAndCall(tg);
        }
        Map<String, String> rotating = Map.of("TOLLGATE_MASTER_KEY", keyB, "TOLLGATE_MASTER_KEY_PREVIOUS", keyA);

        // The built-in mock account and the one added here.
        assertEquals(2, Tollgate.resealCredentials(Config.from(RunningTollgate.env(db, rotating))));
        assertEquals(0, Tollgate.resealCredentials(Config.from(RunningTollgate.env(db, Map.of("TOLLGATE_MASTER_KEY", keyB)))));
        assertThrows(IllegalArgumentException.class,
                () -> Tollgate.resealCredentials(Config.from(RunningTollgate.env(db, Map.of("TOLLGATE_MASTER_KEY", keyA)))));
    }

    private RelayAdmin.Caller addAccountAndCall(RunningTollgate tg) {
        RelayAdmin admin = new RelayAdmin(tg);
        admin.model("rot-gpt", "openai", "1", "2");
        admin.account("rotated", "openai", platform.baseUrl("up"), "rot-gpt", CREDENTIAL);
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("100"));
        HttpResponse<String> reply = admin.chat(caller, "rot-gpt", false);
        assertEquals(200, reply.statusCode(), reply.body());
        assertEquals(List.of("Bearer " + CREDENTIAL), authorizations);
        return caller;
    }

    private static String keyId(String key) {
        return AesGcmCredentialCipher.fromBase64(key).keyId();
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
