package io.tollgate.boot;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** A user's ledger as the admin API shows it, read page by page: entries of one kind, counted and summed. */
record LedgerTotals(int count, BigDecimal sum) {

    static LedgerTotals of(RunningTollgate tg, String userId, String kind) {
        int count = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (int offset = 0; ; offset += 500) {
            JsonNode page = RelayAdmin.read(tg.admin("GET", "/admin/api/users/" + userId + "/ledger?limit=500&offset=" + offset, null).body())
                    .get("data");
            for (JsonNode entry : page) {
                if (entry.get("kind").asText().equals(kind)) {
                    count++;
                    sum = sum.add(entry.get("amount").decimalValue());
                }
            }
            if (page.size() < 500) {
                return new LedgerTotals(count, sum);
            }
        }
    }
}
