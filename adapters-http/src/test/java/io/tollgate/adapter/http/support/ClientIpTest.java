package io.tollgate.adapter.http.support;

import io.tollgate.adapter.http.HttpSettings;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;


class ClientIpTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.1", "10.0.0.2");

    @Test
    void anUntrustedSocketIsTheClientWhateverItForwards() {
        assertEquals("198.51.100.9", ClientIp.resolve("198.51.100.9", List.of("1.2.3.4"), PROXIES));
        assertEquals("198.51.100.9", ClientIp.resolve("198.51.100.9", List.of(), Set.of()));
    }

    @Test
    void behindTrustedProxiesTheRightMostUntrustedHopIsTheClient() {
        // The caller wrote "6.6.6.6"; the outer proxy appended the real peer and the inner proxy appended the outer one.
        assertEquals("203.0.113.5", ClientIp.resolve("10.0.0.1", List.of("6.6.6.6", " 203.0.113.5", "10.0.0.2 "), PROXIES));
    }

    @Test
    void aTrustedSocketWithoutAUsableHeaderIsItselfTheClient() {
        assertEquals("10.0.0.1", ClientIp.resolve("10.0.0.1", List.of(), PROXIES));
        assertEquals("10.0.0.1", ClientIp.resolve("10.0.0.1", List.of("10.0.0.2"), PROXIES));
        assertEquals("10.0.0.1", ClientIp.resolve("10.0.0.1", List.of("1.2.3.4", "evil.example"), PROXIES));
    }

    @Test
    void oneAddressHasOneSpelling() {
        assertEquals(Optional.of("0:0:0:0:0:0:0:1"), ClientIp.normalize("[::1]"));
        assertEquals(Optional.of("10.0.0.1"), ClientIp.normalize("010.0.0.01"));
        assertEquals(Optional.of("1.2.3.4"), ClientIp.normalize("::ffff:1.2.3.4"));
        assertEquals(Optional.empty(), ClientIp.normalize("256.1.1.1"));
        assertEquals(Optional.empty(), ClientIp.normalize("localhost"));
        assertEquals(Optional.empty(), ClientIp.normalize("1.2.3.4:80"));
    }

    @Test
    void theTrustedProxyListMustHoldOnlyAddresses() {
        assertEquals(Set.of("10.0.0.1", "0:0:0:0:0:0:0:1"), HttpSettings.trustedProxies(" 10.0.0.1, ::1 ,"));
        assertThrows(IllegalArgumentException.class, () -> HttpSettings.trustedProxies("10.0.0.1,proxy.internal"));
    }
}
