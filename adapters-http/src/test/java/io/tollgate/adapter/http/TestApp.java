package io.tollgate.adapter.http;

import io.javalin.Javalin;
import io.tollgate.adapter.http.admin.AdminAuth;
import io.tollgate.application.account.OAuthSettings;
import io.tollgate.application.billing.BillingHistory;
import io.tollgate.application.billing.ChangeBalance;
import io.tollgate.application.billing.CreateUser;
import io.tollgate.application.fakes.FakePasswordHasher;
import io.tollgate.application.fakes.InMemoryLegacyTokens;
import io.tollgate.application.fakes.InMemorySensitiveWords;
import io.tollgate.application.fakes.InMemorySignInAttempts;
import io.tollgate.application.fakes.InMemoryStore;
import io.tollgate.application.fakes.InMemoryUsers;
import io.tollgate.application.fakes.InMemoryWorkflows;
import io.tollgate.application.identity.signin.AuthenticatePassword;
import io.tollgate.application.identity.AuthenticateToken;
import io.tollgate.application.identity.ChangeUserStatus;
import io.tollgate.application.identity.IssueLegacyToken;
import io.tollgate.application.identity.ListUsers;
import io.tollgate.application.identity.signin.LoginThrottle;
import io.tollgate.application.identity.signin.ThrottledPasswords;
import io.tollgate.application.moderation.ReplaceSensitiveWords;
import io.tollgate.application.moderation.SensitiveWordCatalog;
import io.tollgate.application.shareauth.FinishConversation;
import io.tollgate.application.shareauth.InitShareSession;
import io.tollgate.application.shareauth.ManageWorkflows;
import io.tollgate.application.shareauth.StartConversation;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.oauth.OAuthClient;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.shareauth.NewWorkflow;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The HTTP adapter over in-memory ports, with a real JWT issuer, for JavalinTest. */
final class TestApp {

    static final String ADMIN_TOKEN = "test-admin-token-0123456789abcdef";
    /** Tollgate as the OAuth client of DashScope only. */
    static final OAuthSettings OAUTH = new OAuthSettings(Map.of(Platform.DASHSCOPE, new OAuthClient(Platform.DASHSCOPE,
            "client", "secret", "https://auth.example/authorize", "https://auth.example/token", "https://api.example/v1", "")),
            "http://localhost/api/v1/oauth/callback", Map.of());

    final Clock clock = Clock.systemUTC();
    final InMemoryUsers users = new InMemoryUsers();
    final InMemoryStore store = new InMemoryStore(users);
    final InMemoryWorkflows workflows = new InMemoryWorkflows();
    final InMemorySensitiveWords words = new InMemorySensitiveWords();
    final InMemoryLegacyTokens legacyTokens = new InMemoryLegacyTokens();
    final io.tollgate.application.fakes.InMemoryAuditLog auditLog = new io.tollgate.application.fakes.InMemoryAuditLog();
    final io.tollgate.application.audit.AuditTrail audit = new io.tollgate.application.audit.AuditTrail(auditLog, clock);
    final byte[] jwtSecret = new byte[32];
    final JwtTokenIssuer jwt;
    final HttpApi.Apis apis;

    TestApp() {
        new SecureRandom().nextBytes(jwtSecret);
        jwt = new JwtTokenIssuer(jwtSecret, Duration.ofHours(24), clock);
        FakePasswordHasher hasher = new FakePasswordHasher();
        AuthenticateToken authenticateToken = new AuthenticateToken(jwt, legacyTokens, users);
        SensitiveWordCatalog catalog = new SensitiveWordCatalog(words, clock, Duration.ofSeconds(5));
        apis = new HttpApi.Apis(new ShareAuthApi(
                new InitShareSession(authenticateToken, new ThrottledPasswords(new AuthenticatePassword(users, hasher),
                        new LoginThrottle(new InMemorySignInAttempts(), 5, Duration.ofMinutes(15), clock)), jwt, workflows),
                new StartConversation(authenticateToken, catalog),
                new FinishConversation(authenticateToken, workflows, store, clock)), new RelayApi(null, null), new AdminApi(
                new CreateUser(users, store, hasher, clock, audit),
                new ListUsers(users),
                new ChangeUserStatus(users, audit),
                new ChangeBalance(store, users, clock, audit),
                new BillingHistory(store, store),
                new IssueLegacyToken(users, legacyTokens),
                null,
                new ManageWorkflows(workflows, audit),
                catalog,
                new ReplaceSensitiveWords(catalog, audit), null, null, null, null,
                new LoginThrottle(new InMemorySignInAttempts(), AdminAuth.MAX_FAILURES, AdminAuth.WINDOW, clock), null),
                new PortalApi(null, null, null, null, null, null, null), new OAuthApi(OAUTH, null, null, null, null), new MemfitApi(null, null));
        new ReplaceSensitiveWords(catalog, audit).replace(List.of("政治", "暴力", "色情", "赌博"), "test");
    }

    Javalin javalin(boolean fastGptMode) {
        String hash = HexFormat.of().formatHex(AdminAuth.sha256(ADMIN_TOKEN));
        return HttpApi.create(apis, new HttpSettings(HttpSettings.DEFAULT_MAX_BODY_BYTES, fastGptMode, hash, () -> true), clock);
    }

    /** The same app, except that charging fails the way a lost database connection does. */
    Javalin javalinWithFailingDatabase(boolean fastGptMode) {
        io.tollgate.domain.billing.Consumptions failing = new io.tollgate.domain.billing.Consumptions() {
            public io.tollgate.domain.billing.ChargeResult charge(io.tollgate.domain.billing.ConsumptionRequest r) {
                throw new IllegalStateException("connection refused");
            }

            public List<io.tollgate.domain.billing.Consumption> list(io.tollgate.domain.billing.ConsumptionFilter f, int o, int l) {
                throw new IllegalStateException("connection refused");
            }

            public List<io.tollgate.domain.billing.UnpaidAttempt> unpaid(int o, int l) {
                throw new IllegalStateException("connection refused");
            }
        };
        HttpApi.Apis broken = new HttpApi.Apis(new ShareAuthApi(apis.shareAuth().init(), apis.shareAuth().start(),
                new FinishConversation(new AuthenticateToken(jwt, legacyTokens, users), workflows, failing, clock)),
                apis.relay(), apis.admin(), apis.portal(), apis.oauth(), apis.memfit());
        String hash = HexFormat.of().formatHex(AdminAuth.sha256(ADMIN_TOKEN));
        return HttpApi.create(broken, new HttpSettings(HttpSettings.DEFAULT_MAX_BODY_BYTES, fastGptMode, hash, () -> true), clock);
    }

    User user(String name, String password, String balance) {
        CreateUser.Outcome outcome = apis.admin().createUser()
                .create(new CreateUser.Command(new Username(name), password, Points.exactly(balance), "test"));
        return ((CreateUser.Outcome.Created) outcome).user();
    }

    String tokenFor(User user) {
        return jwt.issue(user);
    }

    void workflow(String name, String multiplier, String noLoginUrl) {
        workflows.add(new NewWorkflow(name, Optional.ofNullable(noLoginUrl), Multiplier.of(multiplier)));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
