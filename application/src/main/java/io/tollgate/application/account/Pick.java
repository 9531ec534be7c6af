package io.tollgate.application.account;

import io.tollgate.domain.account.ProviderAccount;

/** The account chosen for one attempt, its opened credential, and the breaker ticket its outcome is reported with. */
public record Pick(ProviderAccount account, String credential, long ticket) {

    /** The same attempt with a renewed credential. */
    public Pick withCredential(String renewed) {
        return new Pick(account, renewed, ticket);
    }

    @Override
    public String toString() {
        return "Pick[account=" + account.id() + "]";
    }
}
