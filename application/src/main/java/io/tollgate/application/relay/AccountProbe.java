package io.tollgate.application.relay;

import io.tollgate.domain.account.ProviderAccount;

/** One smallest real call with an account's credential, and what the platform's answer says about that credential. */
public interface AccountProbe {

    CheckAccount.Result probe(ProviderAccount account, String credential);
}
