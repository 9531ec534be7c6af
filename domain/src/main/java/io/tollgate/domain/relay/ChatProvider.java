package io.tollgate.domain.relay;

import io.tollgate.domain.account.Platform;
import java.util.Set;

/** Talks to one family of LLM platforms; platform failures come back classified, never thrown. */
public interface ChatProvider {

    Set<Platform> platforms();

    UpstreamResult call(UpstreamRequest request);
}
