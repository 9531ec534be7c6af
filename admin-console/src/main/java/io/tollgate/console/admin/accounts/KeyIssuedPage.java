package io.tollgate.console.admin.accounts;

import io.tollgate.console.web.Chrome;
import io.tollgate.domain.identity.ApiKey;

/** A new API key with its secret, shown this once; only its hash is kept. */
public record KeyIssuedPage(Chrome chrome, ApiKey key, String secret) {}
