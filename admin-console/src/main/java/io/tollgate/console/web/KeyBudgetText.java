package io.tollgate.console.web;

import io.tollgate.application.relay.budget.ManageKeyBudgets;
import io.tollgate.console.web.text.Texts;
import io.tollgate.domain.relay.budget.BudgetPeriod;
import java.util.Map;
import java.util.stream.Collectors;

/** A key's spending caps as the key lists show them, in the reader's words, points and times: "daily 1.5 of 10 points". */
public final class KeyBudgetText {

    private KeyBudgetText() {}

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
