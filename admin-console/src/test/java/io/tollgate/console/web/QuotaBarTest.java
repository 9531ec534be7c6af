package io.tollgate.console.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.domain.account.QuotaUse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The accounts page's quota bar: green below 70 %, orange from 70 %, red from 90 %, whole percents, capped at 100. */
class QuotaBarTest {

    @ParameterizedTest
    @CsvSource({"0, 1000, 0, green", "699, 1000, 69, green", "700, 1000, 70, orange", "899, 1000, 89, orange",
            "900, 1000, 90, red", "1500, 1000, 100, red", "5000, 0, 0, green"})
    void theBarTakesItsColourFromThePercentUsed(long used, long quota, int percent, String colour) {
        assertEquals(percent, QuotaBar.percent(new QuotaUse(used, quota)));
        assertEquals(colour, QuotaBar.cssClass(new QuotaUse(used, quota)));
    }
}
