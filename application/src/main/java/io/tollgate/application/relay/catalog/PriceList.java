package io.tollgate.application.relay.catalog;

import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.ModelPrice;
import java.util.Comparator;
import java.util.List;

/** The enabled models and what each costs a user: every price times the user's group ratio, as billing applies it. */
public final class PriceList {

    /** A model and its prices for this reader. */
    public record Line(Model model, ModelPrice price) {}

    private final ModelCatalog catalog;

    public PriceList(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    public List<Line> at(Multiplier groupRatio) {
        return catalog.all().stream().filter(Model::enabled).sorted(Comparator.comparing(Model::name))
                .map(model -> new Line(model, times(model.price(), groupRatio))).toList();
    }

    private static ModelPrice times(ModelPrice price, Multiplier ratio) {
        return new ModelPrice(price.inputPerMillion().times(ratio), price.outputPerMillion().times(ratio),
                price.perCall().times(ratio), price.speechPerMillionChars().times(ratio),
                price.transcriptionPerMinute().times(ratio), price.cachedInputPerMillion().map(p -> p.times(ratio)),
                price.cacheWritePerMillion().map(p -> p.times(ratio)));
    }

    /** A price per 1M units as one per 1K (speech is shown per 1K characters). */
    public static java.math.BigDecimal perThousand(Points perMillion) {
        return perMillion.toBigDecimal().movePointLeft(3);
    }
}
