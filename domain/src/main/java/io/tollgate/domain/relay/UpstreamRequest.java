package io.tollgate.domain.relay;

import io.tollgate.domain.account.ProviderAccount;
import java.util.Objects;

/**
 * One call to one account: the caller's OpenAI-format body (the adapter sets the upstream model name and,
 * when streaming, forces {@code stream_options.include_usage}), and the opened credential.
 */
public record UpstreamRequest(ProviderAccount account, String credential, String upstreamModel, byte[] body, boolean stream) {

    public UpstreamRequest {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(upstreamModel, "upstreamModel");
        Objects.requireNonNull(body, "body");
    }

    /** Never prints the credential. */
    @Override
    public String toString() {
        return "UpstreamRequest[account=" + account.id() + ", model=" + upstreamModel + ", stream=" + stream + "]";
    }
}
