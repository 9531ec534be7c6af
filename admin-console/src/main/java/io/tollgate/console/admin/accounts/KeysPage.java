package io.tollgate.console.admin.accounts;

import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.Paging;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import java.util.List;
import java.util.Map;

/** API keys (their hint only, never the secret), newest first, each with its owner's name and its budgets in the reader's words. */
public record KeysPage(Chrome chrome, List<ApiKey> keys, Paging paging, Map<ApiKeyId, String> budgets, Map<UserId, Username> usernames) {

    /** The owner's username; the id only for a user gone since the page was read. */
    public String username(ApiKey key) {
        Username name = usernames.get(key.user());
        return name == null ? key.user().toString() : name.value();
    }
}
