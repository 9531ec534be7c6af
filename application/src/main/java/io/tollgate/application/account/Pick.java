package io.tollgate.application.account;

import io.tollgate.domain.account.ProviderAccount;

/** The account chosen for one attempt, the model's name on its platform, and its opened credential. */
public record Pick(ProviderAccount account, String upstreamModel, String credential) {

    @Override
    public String toString() {
        return "Pick[account=" + account.id() + ", model=" + upstreamModel + "]";
    }
}
