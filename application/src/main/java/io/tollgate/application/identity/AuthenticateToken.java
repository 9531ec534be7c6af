package io.tollgate.application.identity;

import io.tollgate.domain.identity.TokenIssuer;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Users;
import java.util.Optional;

/** Finds the user behind a session token: a signed JWT, or (deprecated) a plain access token. */
public final class AuthenticateToken {

    private final TokenIssuer tokens;
    private final LegacyTokens legacyTokens;
    private final Users users;

    public AuthenticateToken(TokenIssuer tokens, LegacyTokens legacyTokens, Users users) {
        this.tokens = tokens;
        this.legacyTokens = legacyTokens;
        this.users = users;
    }

    public Authentication authenticate(String token) {
        if (token == null || token.isBlank()) {
            return new Authentication.NoToken();
        }
        boolean jwtShaped = looksLikeJwt(token);
        Optional<UserId> owner = jwtShaped ? tokens.verify(token) : legacyTokens.ownerOf(token);
        if (owner.isEmpty()) {
            return new Authentication.BadToken();
        }
        Authentication.Method method = jwtShaped ? Authentication.Method.JWT : Authentication.Method.LEGACY_PLAIN_TOKEN;
        return users.byId(owner.get())
                .<Authentication>map(user -> new Authentication.Authenticated(user, method))
                .orElseGet(Authentication.UnknownUser::new);
    }

    /** A JWT is three base64url parts joined by dots; plain tokens never contain a dot. */
    public static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }
}
