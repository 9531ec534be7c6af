package io.tollgate.console.web;

import io.tollgate.application.relay.budget.ManageKeyBudgets;
import io.tollgate.console.web.text.Texts;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.relay.budget.BudgetPeriod;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A key's spending caps as the key lists show them, in the reader's words, points and times: "daily 1.5 of 10 points". */
public final class KeyBudgetText {

    private KeyBudgetText() {}

    /** Each listed key's caps as text, the whole list's spend read at once. */
    public static Map<ApiKeyId, String> of(List<ApiKey> keys, ManageKeyBudgets budgets, Texts t) {
        Map<ApiKeyId, Map<BudgetPeriod, ManageKeyBudgets.Spend>> spend = budgets.spend(keys.stream().map(ApiKey::id).toList());
        return keys.stream().collect(Collectors.toMap(ApiKey::id, key -> of(spend.getOrDefault(key.id(), Map.of()), t)));
    }

    public static String of(Map<BudgetPeriod, ManageKeyBudgets.Spend> spend, Texts t) {
        if (spend.isEmpty()) {
            return t.get("keys.budget.none");
        }
        return spend.entrySet().stream().map(used -> t.format("keys.budget.spent", t.get("keys.budget." + used.getKey().wireName()),
                        t.points(used.getValue().spent().toShortestDecimal()), t.points(used.getValue().cap().toShortestDecimal()))
                + used.getValue().resetsAt().map(at -> " " + t.format("keys.budget.resets", t.time(at))).orElse(""))
                .collect(Collectors.joining("; "));
    }
}
