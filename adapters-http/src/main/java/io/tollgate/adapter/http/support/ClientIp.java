package io.tollgate.adapter.http.support;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a keyless caller is, for the public limits: the socket's address, or, only when the socket is a trusted
 * proxy, the right-most {@code X-Forwarded-For} address that is not itself a trusted proxy. Anything left of
 * that was written by the caller and could be anything.
 */
public final class ClientIp {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    // Only hex digits, colons and dots, starting with a hex digit or colon: InetAddress parses such text as an
    // IPv6 literal or rejects it, and never asks DNS.
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}");

    private ClientIp() {}

    public static String of(Context ctx, Set<String> trustedProxies) {
        List<String> forwarded = new ArrayList<>();
        for (String header : Collections.list(ctx.req().getHeaders("X-Forwarded-For"))) {
            forwarded.addAll(List.of(header.split(",")));
        }
        return resolve(ctx.req().getRemoteAddr(), forwarded, trustedProxies);
    }

    public static String resolve(String socket, List<String> forwardedFor, Set<String> trustedProxies) {
        String peer = normalize(socket).orElse(socket);
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        for (int i = forwardedFor.size() - 1; i >= 0; i--) {
            Optional<String> hop = normalize(forwardedFor.get(i));
            if (hop.isEmpty()) {
                // Not an address: the chain cannot be trusted past this point.
                return peer;
            }
            if (!trustedProxies.contains(hop.get())) {
                return hop.get();
            }
        }
        return peer;
    }

    /** The canonical text of an IP literal (so one address has one spelling), or empty when it is not one. */
    public static Optional<String> normalize(String text) {
        String candidate = text == null ? "" : text.strip();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        var v4 = IPV4.matcher(candidate);
        if (v4.matches()) {
            StringBuilder canonical = new StringBuilder();
            for (int group = 1; group <= 4; group++) {
                int octet = Integer.parseInt(v4.group(group));
                if (octet > 255) {
                    return Optional.empty();
                }
                canonical.append(group > 1 ? "." : "").append(octet);
            }
            return Optional.of(canonical.toString());
        }
        if (candidate.indexOf(':') < 0 || !IPV6.matcher(candidate).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(candidate).getHostAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }
}
