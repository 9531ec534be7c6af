package io.tollgate.adapter.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.application.relay.AccountProbe;
import io.tollgate.application.relay.CheckAccount.Result;
import io.tollgate.application.relay.CheckAccount.Verdict;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An account check is a one-token "ping" whose answer the providers read: accepted, expired, banned, empty, down. */
class AccountPingTest {

    private static final String REPLY = "{\"id\":\"c\",\"choices\":[{\"message\":{\"content\":\"p\"}}],"
            + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";

    private final AccountProbe probe = Providers.accountProbe(Map.of(Platform.OPENAI, Fixtures.provider()));

    private Result check(int status, String body) throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(status, body))) {
            return probe.probe(Fixtures.account(Platform.OPENAI, platform.baseUrl(), Map.of()), "sk-test-credential-123");
        }
    }

    private static String error(String code, String message) {
        return "{\"error\":{\"code\":\"" + code + "\",\"type\":\"\",\"message\":\"" + message + "\"}}";
    }

    @Test
    void theCallIsOneTokenToTheAccountsUsualModelAndAnAnswerMeansValid() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, REPLY))) {
            ProviderAccount account = Fixtures.account(Platform.OPENAI, platform.baseUrl(), Map.of());

            assertEquals(new Result(Verdict.VALID, "the platform answered"), probe.probe(account, "sk-test-credential-123"));
            assertEquals("{\"model\":\"gpt-x\",\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}],\"max_tokens\":1,\"stream\":false}",
                    platform.last().bodyText());
        }
    }

    @Test
    void aRefusedKeyIsExpired() throws Exception {
        assertEquals(Verdict.EXPIRED, check(401, error("invalid_api_key", "Incorrect API key provided")).verdict());
    }

    @Test
    void aForbiddenOrShutAccountIsBanned() throws Exception {
        assertEquals(Verdict.BANNED, check(403, error("", "forbidden")).verdict());
        assertEquals(Verdict.BANNED, check(401, error("", "This account has been deactivated")).verdict());
        assertEquals(Verdict.BANNED, check(401, error("", "Your organization is suspended")).verdict());
        assertEquals(Verdict.BANNED, check(401, error("", "账号已被封禁")).verdict());
    }

    @Test
    void anEmptyBalanceIsQuotaExhaustedAndAThrottleStillAcceptsTheCredential() throws Exception {
        assertEquals(Verdict.QUOTA_EXHAUSTED, check(429, error("insufficient_quota", "You exceeded your current quota")).verdict());
        Result throttled = check(429, error("rate_limit_exceeded", "slow down"));
        assertEquals(new Result(Verdict.VALID, "credential accepted; the platform said: slow down"), throttled);
    }

    @Test
    void aPlatformThatIsDownOrThatNothingHereCallsIsUnreachable() throws Exception {
        assertEquals(Verdict.UNREACHABLE, check(503, error("", "overloaded")).verdict());
        ProviderAccount anthropic = Fixtures.account(Platform.ANTHROPIC, "http://127.0.0.1:1", Map.of());
        assertEquals(new Result(Verdict.UNREACHABLE, "nothing here can call this account's platform"), probe.probe(anthropic, "sk-x"));
    }
}
