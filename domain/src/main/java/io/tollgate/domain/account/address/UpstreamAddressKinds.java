package io.tollgate.domain.account.address;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/** Which kind of address one is, by its bytes; IPv6 forms that carry an IPv4 address are judged by that address. */
final class UpstreamAddressKinds {

    private UpstreamAddressKinds() {}

    static Optional<String> refusalOf(InetAddress address, boolean denyPrivate) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            Optional<byte[]> embedded = embeddedIpv4(bytes);
            if (embedded.isPresent()) {
                return refusalOf(ipv4(embedded.get()), denyPrivate);
            }
        }
        String text = address.getHostAddress();
        if (address.isLinkLocalAddress()) {
            return Optional.of(text + " is a link-local address, where cloud metadata services answer");
        }
        if (metadata(bytes)) {
            return Optional.of(text + " is a cloud metadata address");
        }
        if (address.isMulticastAddress() || address.isAnyLocalAddress() || bytes.length == 4 && (bytes[0] == 0 || all(bytes, (byte) 0xff))) {
            return Optional.of(text + " is not the address of one host");
        }
        if (denyPrivate && (address.isLoopbackAddress() || address.isSiteLocalAddress() || sharedOrUniqueLocal(bytes))) {
            return Optional.of(text + " is a loopback or private address, refused because "
                    + UpstreamAddressRule.DENY_PRIVATE_SETTING + " is set");
        }
        return Optional.empty();
    }

    /** 100.100.100.200 (Alibaba Cloud) and fd00:ec2::254 (AWS over IPv6); 169.254.169.254 is link-local anyway. */
    private static boolean metadata(byte[] b) {
        return b.length == 4 && unsigned(b[0]) == 100 && unsigned(b[1]) == 100 && unsigned(b[2]) == 100 && unsigned(b[3]) == 200
                || b.length == 16 && Arrays.equals(b, new byte[] {(byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54});
    }

    /** 100.64.0.0/10 (carrier-grade NAT) and fc00::/7 (unique local IPv6): private, though Java does not call them site-local. */
    private static boolean sharedOrUniqueLocal(byte[] b) {
        return b.length == 4 && unsigned(b[0]) == 100 && (unsigned(b[1]) & 0xc0) == 64
                || b.length == 16 && (unsigned(b[0]) & 0xfe) == 0xfc;
    }

    /** IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:aabb:ccdd::) forms; IPv4-mapped ones Java gives as IPv4. */
    private static Optional<byte[]> embeddedIpv4(byte[] b) {
        boolean leadingZeros = true;
        for (int i = 0; i < 12; i++) {
            leadingZeros &= b[i] == 0;
        }
        if (leadingZeros && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1))) {
            return Optional.of(Arrays.copyOfRange(b, 12, 16));
        }
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = b[i] == 0;
        }
        if (nat64) {
            return Optional.of(Arrays.copyOfRange(b, 12, 16));
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return Optional.of(Arrays.copyOfRange(b, 2, 6));
        }
        return Optional.empty();
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return Inet4Address.getByAddress(bytes);
        } catch (UnknownHostException fourBytesAlwaysDo) {
            throw new IllegalStateException(fourBytesAlwaysDo);
        }
    }

    private static boolean all(byte[] bytes, byte value) {
        for (byte b : bytes) {
            if (b != value) {
                return false;
            }
        }
        return true;
    }

    private static int unsigned(byte b) {
        return b & 0xff;
    }
}
