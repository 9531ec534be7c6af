package io.tollgate.console.admin.accounts;

import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.Paging;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeyId;
import java.util.List;
import java.util.Map;

/** API keys (their hint only, never the secret), newest first. */
public record KeysPage(Chrome chrome, List<ApiKey> keys, Paging paging, Map<ApiKeyId, String> budgets) {}
