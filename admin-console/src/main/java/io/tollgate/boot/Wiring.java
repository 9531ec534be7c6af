package io.tollgate.boot;

import io.tollgate.adapter.http.UseCases;
import io.tollgate.adapter.persistence.Database;
import io.tollgate.application.billing.BillingHistory;
import io.tollgate.application.billing.ChangeBalance;
import io.tollgate.application.identity.AuthenticatePassword;
import io.tollgate.application.identity.AuthenticateToken;
import io.tollgate.application.identity.ChangeUserStatus;
import io.tollgate.application.billing.CreateUser;
import io.tollgate.application.identity.IssueLegacyToken;
import io.tollgate.application.identity.ListUsers;
import io.tollgate.application.moderation.ReplaceSensitiveWords;
import io.tollgate.application.moderation.SensitiveWordCatalog;
import io.tollgate.application.shareauth.FinishConversation;
import io.tollgate.application.shareauth.InitShareSession;
import io.tollgate.application.shareauth.ManageWorkflows;
import io.tollgate.application.shareauth.StartConversation;
import io.tollgate.domain.billing.Consumptions;
import io.tollgate.domain.billing.Ledger;
import io.tollgate.domain.identity.LegacyTokens;
import io.tollgate.domain.identity.PasswordHasher;
import io.tollgate.domain.identity.TokenIssuer;
import io.tollgate.domain.identity.Users;
import io.tollgate.domain.shareauth.Workflows;
import java.time.Clock;
import java.time.Duration;

/** Builds every use case from the ports: the one place that knows which adapter plays which role. */
final class Wiring {

    /** How long another node's change to the sensitive-word list may take to reach this one. */
    static final Duration SENSITIVE_WORDS_REFRESH = Duration.ofSeconds(5);

    private Wiring() {}

    static UseCases useCases(Database database, PasswordHasher hasher, TokenIssuer tokens, Clock clock) {
        Users users = database.users();
        Ledger ledger = database.ledger();
        Consumptions consumptions = database.consumptions();
        Workflows workflows = database.workflows();
        LegacyTokens legacyTokens = database.legacyTokens();
        AuthenticateToken authenticateToken = new AuthenticateToken(tokens, legacyTokens, users);
        SensitiveWordCatalog catalog = new SensitiveWordCatalog(database.sensitiveWords(), clock, SENSITIVE_WORDS_REFRESH);
        return new UseCases(new UseCases.ShareAuth(
                new InitShareSession(authenticateToken, new AuthenticatePassword(users, hasher), tokens, workflows),
                new StartConversation(authenticateToken, catalog),
                new FinishConversation(authenticateToken, workflows, consumptions, clock)), new UseCases.Admin(
                new CreateUser(users, ledger, hasher, clock),
                new ListUsers(users),
                new ChangeUserStatus(users),
                new ChangeBalance(ledger, clock),
                new BillingHistory(ledger, consumptions),
                new IssueLegacyToken(users, legacyTokens),
                new ManageWorkflows(workflows),
                catalog,
                new ReplaceSensitiveWords(catalog), null, null, null, null), null);
    }
}
