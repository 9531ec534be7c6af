package io.tollgate.domain.account.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpstreamAddressRuleTest {

    private static final UpstreamAddressRule OPEN = new UpstreamAddressRule(false);
    private static final UpstreamAddressRule STRICT = new UpstreamAddressRule(true);

    /** Resolves only the names a test gives it: no DNS is asked. */
    private static HostResolver names(Map<String, String> addresses) {
        return host -> {
            String address = addresses.get(host);
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getByName(address));
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest", "http://169.254.0.1/", "http://[fe80::1]/v1", "http://[fd00:ec2::254]/",
            "http://100.100.100.200/", "http://metadata.google.internal/", "http://METADATA.GOOGLE.INTERNAL./",
            "http://0x7f000001/", "http://2130706433/", "http://0177.0.0.1/", "http://127.1/", "http://300.1.1.1/",
            "http://[::ffff:169.254.169.254]/", "http://[::169.254.169.254]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:a9fe:a9fe::]/",
            "http://0.0.0.0/", "http://224.0.0.1/", "http://a.example\r\nHost: b/", "http://a.example/\t", "ftp://a.example/",
            "https://user:pw@a.example/", "https://user@a.example/", "http:///path", "not a url"})
    void isRefusedWhateverTheOperatorAllows(String url) {
        assertTrue(OPEN.refusal(url, names(Map.of())).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:11434/v1", "http://localhost:8000/v1", "http://10.0.0.5/v1", "http://192.168.1.20/v1",
            "http://172.16.0.1/v1", "http://100.64.0.1/v1", "http://[::1]:8080/v1", "http://[fd12::1]/v1"})
    void aSelfHostedModelOnALocalOrPrivateAddressIsAllowedUnlessTheOperatorDeniesIt(String url) {
        HostResolver resolver = names(Map.of("localhost", "127.0.0.1"));
        assertEquals(Optional.empty(), OPEN.refusal(url, resolver), url);
        assertTrue(STRICT.refusal(url, resolver).orElse("").contains(UpstreamAddressRule.DENY_PRIVATE_SETTING), url);
    }

    @Test
    void aNameIsJudgedByEveryAddressItResolvesTo() {
        HostResolver rebinding = host -> List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("169.254.169.254"));
        assertTrue(OPEN.refusal("https://api.example.com/v1", rebinding).orElse("").contains("link-local"));
        assertEquals(Optional.empty(), OPEN.refusal("https://api.openai.com/v1", names(Map.of("api.openai.com", "162.159.140.245"))));
        assertEquals(Optional.empty(), OPEN.refusal("https://not-yet-in-dns.example/v1", names(Map.of())),
                "a name that does not resolve now is checked again when called");
    }
}
