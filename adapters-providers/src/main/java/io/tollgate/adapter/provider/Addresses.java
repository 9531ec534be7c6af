package io.tollgate.adapter.provider;

import io.tollgate.domain.account.HostResolver;
import io.tollgate.domain.account.UpstreamAddressRule;
import java.net.InetAddress;
import java.util.List;

/** Which upstream addresses may be called, and how host names are resolved to check them. */
final class Addresses {

    /** The rule when none is given: private networks allowed, link-local and metadata addresses refused. */
    static final UpstreamAddressRule OPEN = new UpstreamAddressRule(false);

    private Addresses() {}

    /** Host names resolved by the system's resolver. */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
