package io.tollgate.console.portal;

import io.tollgate.application.relay.catalog.PriceList;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.kind.ModelKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The reader's prices: per 1M tokens, per call, per 1K characters of speech, per minute of transcription. */
public record PricingPage(PortalChrome chrome, BigDecimal ratio, List<PriceList.Line> lines) {

    public String points(Points points) {
        return chrome.t().points(points.toBigDecimal());
    }

    /** The cache prices, or the input price they fall back to. */
    public String orInput(Optional<Points> price, Points input) {
        return points(price.orElse(input));
    }

    public String perThousandChars(Points perMillion) {
        return chrome.t().points(PriceList.perThousand(perMillion));
    }

    public boolean tokens(PriceList.Line line) {
        return line.model().kind() == ModelKind.CHAT || line.model().kind() == ModelKind.EMBEDDING
                || line.model().kind() == ModelKind.RERANK;
    }
}
