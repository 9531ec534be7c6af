package io.tollgate.application.fakes;

import io.tollgate.domain.identity.TokenIssuer;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Issues JWT-shaped opaque tokens and remembers them; {@link #expire} makes one invalid. */
public final class FakeTokenIssuer implements TokenIssuer {

    private final Map<String, UserId> issued = new ConcurrentHashMap<>();

    @Override
    public String issue(User user) {
        String token = "fake." + UUID.randomUUID() + ".token";
        issued.put(token, user.id());
        return token;
    }

    @Override
    public Optional<UserId> verify(String token) {
        return Optional.ofNullable(issued.get(token));
    }

    public void expire(String token) {
        issued.remove(token);
    }
}
