package io.tollgate.adapter.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.http.support.AdminRequest;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.ModelPrice;
import java.util.Optional;

/** A model's prices as the admin API takes them, each field absent keeping its current value. */
final class AdminModelPrices {

    private AdminModelPrices() {}

    static ModelPrice of(JsonNode body, ModelPrice current) {
        return AdminRequest.valid("price", () -> new ModelPrice(
                points(body, "inputPrice", current.inputPerMillion()),
                points(body, "outputPrice", current.outputPerMillion()),
                points(body, "perCallPrice", current.perCall()),
                points(body, "speechPrice", current.speechPerMillionChars()),
                points(body, "transcriptionPrice", current.transcriptionPerMinute()),
                cachePrice(body, "cachedInputPrice", current.cachedInputPerMillion()),
                cachePrice(body, "cacheWritePrice", current.cacheWritePerMillion())));
    }

    /** Absent keeps the current price, null unsets it (the input price again), a number 0 or more sets it. */
    private static Optional<Points> cachePrice(JsonNode body, String field, Optional<Points> current) {
        if (!body.has(field)) {
            return current;
        }
        Optional<Points> price = AdminRequest.optionalDecimal(body, field).map(value -> AdminRequest.valid(field, () -> Points.exactly(value)));
        if (price.filter(Points::isNegative).isPresent()) {
            throw new AdminRequest.Invalid("'" + field + "' must be 0 or more points per 1M tokens, or null for the input price");
        }
        return price;
    }

    private static Points points(JsonNode body, String field, Points current) {
        return AdminRequest.optionalDecimal(body, field).map(value -> AdminRequest.valid(field, () -> Points.exactly(value))).orElse(current);
    }
}
