package io.tollgate.boot;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.adapter.persistence.Database;
import io.tollgate.application.identity.AuthenticateToken;
import io.tollgate.application.identity.signin.ThrottledPasswords;
import io.tollgate.application.shareauth.FinishConversation;
import io.tollgate.application.shareauth.InitShareSession;
import io.tollgate.application.shareauth.ManageWorkflows;
import io.tollgate.application.shareauth.StartConversation;
import io.tollgate.domain.identity.TokenIssuer;
import java.time.Clock;

/** The shareauth context: FastGPT's init, start and finish over ShareAuth tokens, and the workflows they charge by. */
record ShareAuthWiring(InitShareSession init, StartConversation start, FinishConversation finish, ManageWorkflows workflows) {

    static ShareAuthWiring of(Database database, IdentityWiring identity, ModerationWiring moderation, TokenIssuer tokens,
                              AuditTrail audit, Clock clock) {
        AuthenticateToken authenticate = new AuthenticateToken(tokens, database.legacyTokens(), database.users());
        return new ShareAuthWiring(
                new InitShareSession(authenticate, new ThrottledPasswords(identity.passwords(), identity.throttle()), tokens,
                        database.workflows()),
                new StartConversation(authenticate, moderation.catalog()),
                new FinishConversation(authenticate, database.workflows(), database.consumptions(), clock),
                new ManageWorkflows(database.workflows(), audit));
    }
}
