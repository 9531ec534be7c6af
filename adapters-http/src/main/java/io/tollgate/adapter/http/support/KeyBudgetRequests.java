package io.tollgate.adapter.http.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.application.relay.budget.ManageKeyBudgets;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.budget.BudgetPeriod;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A key's {@code budgets: {day?, week?, month?, total?}} as the admin and user APIs read and show them. */
public final class KeyBudgetRequests {

    private KeyBudgetRequests() {}

    /** The caps to set (a number of points ≥ 0) or remove (null); absent periods stay as they are. */
    public static Map<BudgetPeriod, Optional<Points>> changes(JsonNode body) {
        JsonNode budgets = body.get("budgets");
        Map<BudgetPeriod, Optional<Points>> changes = new EnumMap<>(BudgetPeriod.class);
        if (budgets == null || budgets.isNull()) {
            return changes;
        }
        if (!budgets.isObject()) {
            throw new AdminRequest.Invalid("'budgets' must be an object with day, week, month or total in points");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = budgets.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = "budgets." + field.getKey();
            BudgetPeriod period = BudgetPeriod.fromWire(field.getKey()).orElseThrow(() -> new AdminRequest.Invalid(
                    "'" + name + "' is not a budget period: day, week, month or total"));
            JsonNode value = field.getValue();
            if (!value.isNull() && !value.isNumber()) {
                throw new AdminRequest.Invalid("'" + name + "' must be a number of points (0 or more) or null");
            }
            Optional<Points> cap = value.isNull() ? Optional.empty() : Optional.of(AdminRequest.valid(name, () -> {
                if (value.decimalValue().signum() < 0) {
                    throw new IllegalArgumentException("a budget is 0 points or more");
                }
                return Points.exactly(value.decimalValue());
            }));
            changes.put(period, cap);
        }
        return changes;
    }

    /** Each key as {@link Views#apiKey} shows it, with its {@code budgets}: the spend of the whole list read at once. */
    public static List<Map<String, Object>> keys(List<ApiKey> keys, ManageKeyBudgets budgets) {
        Map<ApiKeyId, Map<BudgetPeriod, ManageKeyBudgets.Spend>> spend = budgets.spend(keys.stream().map(ApiKey::id).toList());
        return keys.stream().map(key -> {
            Map<String, Object> view = Views.apiKey(key);
            view.put("budgets", view(spend.getOrDefault(key.id(), Map.of())));
            return view;
        }).toList();
    }

    /** {@code {day: {cap, spent, resetsAt}, …}} for each capped period. */
    public static Map<String, Object> view(Map<BudgetPeriod, ManageKeyBudgets.Spend> spend) {
        Map<String, Object> view = new LinkedHashMap<>();
        spend.forEach((period, used) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("cap", used.cap().toBigDecimal());
            one.put("spent", used.spent().toBigDecimal());
            one.put("resetsAt", used.resetsAt().map(Instant::toString).orElse(null));
            view.put(period.wireName(), one);
        });
        return view;
    }
}
