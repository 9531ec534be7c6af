package io.tollgate.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountLimitsTest {

    @Test
    void digitsAreReadAsTheyAreWritten() {
        assertEquals(0, AccountLimits.quota("0"));
        assertEquals(999_999_999_999_999L, AccountLimits.quota(" 999999999999999 "));
        assertEquals(1, AccountLimits.weight("1"));
        assertEquals(1000, AccountLimits.weight("1000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "1.5", "lots", "1e3", "1000000000000000"})
    void anythingElseIsAQuotaRefusedWithTheOneRule(String text) {
        assertEquals(AccountLimits.QUOTA_RULE, assertThrows(IllegalArgumentException.class, () -> AccountLimits.quota(text)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "1001", "-3", "2.0", "99999"})
    void aWeightOutsideOneToAThousandIsRefusedWithTheOneRule(String text) {
        assertEquals(AccountLimits.WEIGHT_RULE, assertThrows(IllegalArgumentException.class, () -> AccountLimits.weight(text)).getMessage());
    }
}
