package io.tollgate.application.shareauth;

import io.tollgate.application.identity.AuthenticateToken;
import io.tollgate.application.moderation.SensitiveWordCatalog;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.moderation.WordMatch;
import java.util.Optional;

/** Decides whether a user may ask a question: known, active, a positive balance, no sensitive word. */
public final class StartConversation {

    public record Command(String token, String question) {}

    private final ShareSession session;
    private final SensitiveWordCatalog sensitiveWords;

    public StartConversation(AuthenticateToken authenticateToken, SensitiveWordCatalog sensitiveWords) {
        this.session = new ShareSession(authenticateToken);
        this.sensitiveWords = sensitiveWords;
    }

    public StartOutcome start(Command command) {
        return switch (session.check(command.token())) {
            case ShareSession.Check.Invalid invalid -> invalid.failure();
            case ShareSession.Check.Valid valid -> startFor(valid.user(), command.question());
        };
    }

    private StartOutcome startFor(User user, String question) {
        if (!user.isActive()) {
            return new ShareAuthFailure.UserDisabled();
        }
        if (!user.balance().isPositive()) {
            return new ShareAuthFailure.BalanceEmpty(user.balance());
        }
        Optional<WordMatch> match = question == null ? Optional.empty() : sensitiveWords.matcher().firstMatch(question);
        if (match.isPresent()) {
            return new ShareAuthFailure.SensitiveContent(match.get().word());
        }
        return new StartOutcome.Started(user);
    }
}
