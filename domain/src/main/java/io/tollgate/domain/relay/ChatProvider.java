package io.tollgate.domain.relay;

import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.kind.Dialect;
import java.util.OptionalLong;
import java.util.Set;

/** Talks to one family of LLM platforms; platform failures come back classified, never thrown. */
public interface ChatProvider {

    Set<Platform> platforms();

    /** The dialects this provider takes as they are; a call in any other reaches it translated to chat completions. */
    default Set<Dialect> dialects() {
        return Set.of(Dialect.CHAT_COMPLETIONS);
    }

    UpstreamResult call(UpstreamRequest request);

    /** The platform's own count of a request's input tokens, where it offers one (empty otherwise, or when it failed). */
    default OptionalLong countTokens(UpstreamRequest request) {
        return OptionalLong.empty();
    }
}
