package io.tollgate.domain.account.oauth;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What a platform's token endpoint answered to a code exchange or a refresh. */
public sealed interface TokenReply {

    /** New tokens; a platform that sends no new refresh token keeps the old one valid. */
    record Issued(String accessToken, Optional<String> refreshToken, Optional<Duration> expiresIn) implements TokenReply {
        public Issued {
            Objects.requireNonNull(accessToken, "accessToken");
            Objects.requireNonNull(refreshToken, "refreshToken");
            Objects.requireNonNull(expiresIn, "expiresIn");
        }

        @Override
        public String toString() {
            return "Issued[expiresIn=" + expiresIn + ", refreshToken " + (refreshToken.isPresent() ? "present" : "absent") + "]";
        }
    }

    /** The platform said no (invalid_grant, a revoked consent, a wrong client): the grant cannot be used again. */
    record Refused(String error, String description) implements TokenReply {}

    /** No answer, or one that was not a token reply: worth trying again later. */
    record Unreachable(String detail) implements TokenReply {}
}
