package io.tollgate.application.account;

import io.tollgate.domain.account.ProviderAccount;

/** The account chosen for one attempt and its opened credential. */
public record Pick(ProviderAccount account, String credential) {

    @Override
    public String toString() {
        return "Pick[account=" + account.id() + "]";
    }
}
