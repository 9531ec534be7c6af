package io.tollgate.domain.account.address;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where an account's base URL may send its credential. Always refused: anything but http(s) to a host, control
 * characters, a user name or password, host names and numbers that hide an address (0x7f000001, 2130706433, 127.1),
 * link-local addresses (169.254.0.0/16, fe80::/10), cloud metadata addresses and hosts, multicast and unspecified
 * addresses. Loopback and private networks are allowed (self-hosted models live there) unless {@code denyPrivate}.
 * A host name is checked by every address it resolves to, when an account is saved and again when it is called.
 */
public record UpstreamAddressRule(boolean denyPrivate) {

    /** The setting that denies private networks, named in refusals so that an operator knows what to change. */
    public static final String DENY_PRIVATE_SETTING = "TOLLGATE_UPSTREAM_DENY_PRIVATE";

    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata.goog", "metadata",
            "instance-data", "instance-data.ec2.internal");
    private static final Pattern NUMERIC_HOST = Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?");
    private static final Pattern DOTTED_QUAD = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");

    /** Why the URL may not be used as written, or empty; its host's addresses are {@link #refusalOf(InetAddress) checked} apart. */
    public Optional<String> refusalOfUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("the base URL is empty");
        }
        if (url.chars().anyMatch(c -> c < 0x20 || c == 0x7f || Character.isWhitespace(c))) {
            return Optional.of("the base URL contains a control character or white space");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException notAUri) {
            return Optional.of("the base URL is not a URL: " + notAUri.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("the base URL must start with http:// or https://");
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            return Optional.of("the base URL may not carry a user name or password; give the credential apart");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("the base URL has no host");
        }
        return refusalOfHost(uri.getHost());
    }

    /** Why a host name may not be called whatever it resolves to, or empty. */
    public Optional<String> refusalOfHost(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") || name.contains(":")) {
            return Optional.empty();
        }
        String bare = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (METADATA_HOSTS.contains(bare)) {
            return Optional.of("the base URL's host " + host + " is a cloud metadata host");
        }
        if (NUMERIC_HOST.matcher(name).matches() && !DOTTED_QUAD.matcher(name).matches()) {
            return Optional.of("the base URL's host " + host + " is a numeric spelling of an address that hides which one;"
                    + " write it as four decimal numbers, such as 127.0.0.1");
        }
        if (DOTTED_QUAD.matcher(name).matches()
                && List.of(name.split("\\.")).stream().anyMatch(part -> Integer.parseInt(part) > 255)) {
            return Optional.of("the base URL's host " + host + " is a numeric spelling of an address that is no address");
        }
        return Optional.empty();
    }

    /** The address a literal host stands for (IPv4 dotted quad or bracketed IPv6), without asking DNS; empty for names. */
    public static Optional<InetAddress> literal(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!bare.contains(":") && !DOTTED_QUAD.matcher(bare).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException notALiteral) {
            return Optional.empty();
        }
    }

    /** The URL's refusal, else the first refused address its host resolves to; a host that does not resolve is not refused here. */
    public Optional<String> refusal(String url, HostResolver resolver) {
        Optional<String> refused = refusalOfUrl(url);
        if (refused.isPresent()) {
            return refused;
        }
        String host = URI.create(url).getHost();
        try {
            Optional<InetAddress> literal = literal(host);
            List<InetAddress> addresses = literal.isPresent() ? List.of(literal.get()) : resolver.addresses(host);
            return addresses.stream().map(this::refusalOf).flatMap(Optional::stream).findFirst()
                    .map(reason -> "the base URL leads to " + reason);
        } catch (UnknownHostException unknown) {
            return Optional.empty();
        }
    }

    /** Why an address may not be called, or empty. */
    public Optional<String> refusalOf(InetAddress address) {
        return UpstreamAddressKinds.refusalOf(address, denyPrivate);
    }
}
