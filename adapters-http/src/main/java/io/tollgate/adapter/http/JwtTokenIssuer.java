package io.tollgate.adapter.http;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import io.tollgate.domain.identity.TokenIssuer;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Session tokens as HS256 JWTs with {@code iss}, {@code sub}, {@code exp} and {@code jti}; nothing else verifies.
 * Each issuer name is its own kind of token: one kind never verifies as another.
 */
public final class JwtTokenIssuer implements TokenIssuer {

    /** ShareAuth's tokens, which FastGPT share pages hold. */
    static final String ISSUER = "tollgate";
    /** The user API's sessions: a share page's token must not reach a user's accounts. */
    public static final String USER_API = "tollgate-user-api";

    private final String issuer;
    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final Duration ttl;
    private final Clock clock;

    /** The secret must have at least 32 bytes: HS256 with less is guessable. */
    public JwtTokenIssuer(byte[] secret, Duration ttl, Clock clock) {
        this(secret, ttl, clock, ISSUER);
    }

    public JwtTokenIssuer(byte[] secret, Duration ttl, Clock clock, String issuer) {
        this.issuer = issuer;
        if (secret.length < 32) {
            throw new IllegalArgumentException("the JWT secret needs at least 32 bytes");
        }
        this.algorithm = Algorithm.HMAC256(secret);
        this.ttl = ttl;
        this.clock = clock;
        // A token without exp would never expire: refused however well it is signed.
        this.verifier = ((JWTVerifier.BaseVerification) JWT.require(algorithm).withIssuer(issuer).withClaimPresence("exp"))
                .build(clock);
    }

    @Override
    public String issue(User user) {
        return JWT.create()
                .withIssuer(issuer)
                .withSubject(user.id().toString())
                .withClaim("username", user.username().value())
                .withIssuedAt(clock.instant())
                .withExpiresAt(clock.instant().plus(ttl))
                .withJWTId(UUID.randomUUID().toString())
                .sign(algorithm);
    }

    @Override
    public Optional<UserId> verify(String token) {
        try {
            return UserId.parse(verifier.verify(token).getSubject());
        } catch (JWTVerificationException invalid) {
            return Optional.empty();
        }
    }
}
