package io.tollgate.adapter.provider.transport;

import io.tollgate.domain.account.address.HostResolver;
import io.tollgate.domain.account.address.UpstreamAddressRule;
import java.net.InetAddress;
import java.util.List;

/** Which upstream addresses may be called, and how host names are resolved to check them. */
public final class Addresses {

    /** The rule when none is given: private networks allowed, link-local and metadata addresses refused. */
    public static final UpstreamAddressRule OPEN = new UpstreamAddressRule(false);

    private Addresses() {}

    /** Host names resolved by the system's resolver. */
    public static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
