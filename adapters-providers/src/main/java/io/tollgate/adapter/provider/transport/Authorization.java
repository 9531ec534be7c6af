package io.tollgate.adapter.provider.transport;

import io.tollgate.domain.account.ProviderAccount;

/** The value of the Authorization header an account's credential is sent in. */
public interface Authorization {

    /** The credential as a bearer token, as most platforms take it. */
    Authorization BEARER = (account, credential) -> "Bearer " + credential;

    String header(ProviderAccount account, String credential);
}
