package io.tollgate.adapter.provider.transport;

import io.tollgate.domain.account.address.UpstreamAddressRule;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Resolves a platform's host when a connection is opened and refuses it if the {@link UpstreamAddressRule} refuses
 * any of its addresses: what an account was saved with is checked again against what DNS answers now.
 */
final class GuardedDnsResolver implements DnsResolver {

    /** A host the rule refuses; the connection is never opened. */
    static final class Refused extends UnknownHostException {
        Refused(String reason) {
            super(reason);
        }
    }

    private final UpstreamAddressRule rule;

    GuardedDnsResolver(UpstreamAddressRule rule) {
        this.rule = rule;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        Optional<String> refused = rule.refusalOfHost(host);
        if (refused.isPresent()) {
            throw new Refused(refused.get());
        }
        Optional<InetAddress> literal = UpstreamAddressRule.literal(host);
        InetAddress[] addresses = literal.isPresent() ? new InetAddress[] {literal.get()}
                : SystemDefaultDnsResolver.INSTANCE.resolve(host);
        for (InetAddress address : addresses) {
            Optional<String> reason = rule.refusalOf(address);
            if (reason.isPresent()) {
                throw new Refused("the account's base URL leads to " + reason.get());
            }
        }
        return addresses;
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return Arrays.stream(resolve(host)).map(address -> new InetSocketAddress(address, port)).toList();
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }
}
