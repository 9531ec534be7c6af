package io.tollgate.application.identity;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.application.support.Page;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.ApiKeys;
import io.tollgate.domain.identity.UserId;
import java.util.List;
import java.util.Optional;

/** Lists and revokes API keys (audited); a revoked key stops working on this node at once, elsewhere within seconds. */
public final class ManageApiKeys {

    private final ApiKeys keys;
    private final AuthenticateApiKey authenticate;
    private final AuditTrail audit;

    public ManageApiKeys(ApiKeys keys, AuthenticateApiKey authenticate, AuditTrail audit) {
        this.keys = keys;
        this.authenticate = authenticate;
        this.audit = audit;
    }

    public List<ApiKey> list(Optional<UserId> user, Page page) {
        return keys.list(user, page.offset(), page.limit());
    }

    /** Revokes the key only if it is the user's own; false for another user's key, as for a missing one. */
    public boolean revokeOwn(UserId owner, ApiKeyId id, String actor) {
        // A user has few keys: reading them all is cheaper than another port method.
        boolean owns = keys.list(Optional.of(owner), 0, Integer.MAX_VALUE).stream().anyMatch(key -> key.id().equals(id));
        return owns && revoke(id, actor);
    }

    public boolean revoke(ApiKeyId id, String actor) {
        boolean revoked = keys.delete(id);
        authenticate.forgetAll();
        if (revoked) {
            audit.record(actor, "revoke-key", id.toString());
        }
        return revoked;
    }
}
