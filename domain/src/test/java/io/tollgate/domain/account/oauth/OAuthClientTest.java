package io.tollgate.domain.account.oauth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.account.Platform;
import org.junit.jupiter.api.Test;

class OAuthClientTest {

    private static final String SECRET = "s3cr3t-client-secret-value";

    private static OAuthClient client(String secret) {
        return new OAuthClient(Platform.DASHSCOPE, "tollgate-client", secret, "https://auth.example/authorize",
                "https://auth.example/token", "https://api.example/v1", "chat");
    }

    @Test
    void toStringNeverShowsTheSecret() {
        String shown = client(SECRET).toString();

        assertFalse(shown.contains(SECRET), shown);
        assertFalse(shown.contains("s3cr3t"), shown);
        assertTrue(shown.contains("tollgate-client"), shown);
    }

    @Test
    void urlsMustBeHttpAndTheClientIdPresent() {
        assertThrows(IllegalArgumentException.class, () -> new OAuthClient(Platform.DASHSCOPE, " ", SECRET,
                "https://auth.example/authorize", "https://auth.example/token", "https://api.example/v1", ""));
        assertThrows(IllegalArgumentException.class, () -> new OAuthClient(Platform.DASHSCOPE, "id", SECRET,
                "ftp://auth.example/authorize", "https://auth.example/token", "https://api.example/v1", ""));
    }
}
