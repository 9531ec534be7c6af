package io.tollgate.adapter.http.support;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


class JsonTest {

    private static Optional<com.fasterxml.jackson.databind.JsonNode> parse(String json) {
        return Json.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-2147483649", "1.5e-2147483647", "1e2147483648", "-1e2147483648", "100e2147483647", "1e10000000",
            "1e1001", "1e-1001", "0.1e-1000"})
    void aNumberWhoseExponentIsBeyondAThousandIsNotJsonWeRead(String number) {
        long started = System.nanoTime();

        assertEquals(Optional.empty(), parse("{\"totalPoints\":" + number + "}"));
        assertTrue(System.nanoTime() - started < 50_000_000L, "refused at once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e1000", "1e-1000", "0.000001", "123456789012345678901234567890.5", "-0.0", "9.2e12"})
    void numbersWithinTheBoundsAreReadExactly(String number) {
        assertEquals(0, new BigDecimal(number).compareTo(parse("{\"n\":" + number + "}").orElseThrow().get("n").decimalValue()));
    }

    @ParameterizedTest
    @ValueSource(ints = {Json.MAX_NUMBER_LENGTH + 1, 1000, 5000})
    void aNumberLongerThanAHundredCharactersIsNotJsonWeRead(int length) {
        assertEquals(Optional.empty(), parse("{\"n\":" + "7".repeat(length) + "}"));
        assertEquals(Optional.empty(), parse("{\"n\":0." + "7".repeat(length) + "}"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, Json.MAX_NUMBER_LENGTH})
    void aNumberOfAtMostAHundredCharactersIsRead(int length) {
        assertTrue(parse("{\"n\":" + "7".repeat(length) + "}").isPresent());
    }
}
