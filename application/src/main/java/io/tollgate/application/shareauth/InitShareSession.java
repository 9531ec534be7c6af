package io.tollgate.application.shareauth;

import io.tollgate.application.identity.AuthenticateToken;
import io.tollgate.application.identity.Authentication;
import io.tollgate.application.identity.signin.ThrottledPasswords;
import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.identity.TokenIssuer;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.shareauth.ShareUrl;
import io.tollgate.domain.shareauth.Workflow;
import io.tollgate.domain.shareauth.Workflows;
import java.util.Optional;

/**
 * Signs a share-link visitor in (a JWT first, then username and password, then a deprecated plain
 * token), issues a fresh JWT, and finds the workflow and multiplier of the share URL they came from. Passwords
 * are throttled per name and client address together with every other door that takes a user's password.
 */
public final class InitShareSession {

    /** {@code clientIp} is who the caller is, for the password throttle. */
    public record Command(String token, String username, String password, String referer, String clientIp) {

        boolean hasPassword() {
            return username != null && !username.isEmpty() && password != null && !password.isEmpty();
        }

        boolean hasToken() {
            return token != null && !token.isBlank();
        }
    }

    private final AuthenticateToken authenticateToken;
    private final ThrottledPasswords passwords;
    private final TokenIssuer tokens;
    private final Workflows workflows;

    public InitShareSession(AuthenticateToken authenticateToken, ThrottledPasswords passwords,
                            TokenIssuer tokens, Workflows workflows) {
        this.authenticateToken = authenticateToken;
        this.passwords = passwords;
        this.tokens = tokens;
        this.workflows = workflows;
    }

    public InitOutcome init(Command command) {
        InitOutcome signedIn = signIn(command);
        if (!(signedIn instanceof InitOutcome.Initialized initialized)) {
            return signedIn;
        }
        User user = initialized.user();
        if (!user.isActive()) {
            return new ShareAuthFailure.UserDisabled();
        }
        Optional<Workflow> workflow = ShareUrl.noLoginUrl(command.referer()).flatMap(workflows::byNoLoginUrl);
        Multiplier multiplier = workflow.map(Workflow::pointMultiplier).orElse(Multiplier.ONE);
        return new InitOutcome.Initialized(user, tokens.issue(user), initialized.method(), workflow, multiplier);
    }

    private InitOutcome signIn(Command command) {
        if (command.hasToken() && ShareUrl.isFastGptGeneratedToken(command.token()) && !command.hasPassword()) {
            return new ShareAuthFailure.FastGptPlaceholderToken();
        }
        boolean jwtFirst = command.hasToken() && AuthenticateToken.looksLikeJwt(command.token());
        if (jwtFirst) {
            InitOutcome byJwt = byToken(command.token());
            if (byJwt instanceof InitOutcome.Initialized || !command.hasPassword()) {
                return byJwt;
            }
        }
        if (command.hasPassword()) {
            return switch (passwords.check(command.username(), command.password(), command.clientIp())) {
                case ThrottledPasswords.Result.Passed passed -> initialized(passed.user(), Authentication.Method.PASSWORD);
                case ThrottledPasswords.Result.Disabled disabled -> initialized(disabled.user(), Authentication.Method.PASSWORD);
                case ThrottledPasswords.Result.Refused refused -> new ShareAuthFailure.WrongCredentials();
                case ThrottledPasswords.Result.Wait wait -> new ShareAuthFailure.TooManyAttempts(wait.retryAfter());
            };
        }
        return command.hasToken() && !jwtFirst ? byToken(command.token()) : new ShareAuthFailure.MissingCredentials();
    }

    private InitOutcome byToken(String token) {
        return switch (authenticateToken.authenticate(token)) {
            case Authentication.Authenticated found -> initialized(found.user(), found.method());
            case Authentication.NoToken ignored -> new ShareAuthFailure.MissingCredentials();
            case Authentication.BadToken ignored -> new ShareAuthFailure.InvalidToken();
            case Authentication.UnknownUser ignored -> new ShareAuthFailure.UnknownUser();
        };
    }

    private static InitOutcome initialized(User user, Authentication.Method method) {
        return new InitOutcome.Initialized(user, "", method, Optional.empty(), Multiplier.ONE);
    }
}
