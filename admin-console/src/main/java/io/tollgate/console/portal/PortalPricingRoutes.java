package io.tollgate.console.portal;

import io.javalin.config.RoutesConfig;
import io.tollgate.application.relay.catalog.PriceList;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.Web;
import io.tollgate.domain.identity.User;

/** {@code /me/pricing}: the models the user may spend points on, priced at the user's group ratio. */
public final class PortalPricingRoutes implements PageGroup {

    private final PriceList prices;

    public PortalPricingRoutes(PriceList prices) {
        this.prices = prices;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/me/pricing", ctx -> {
            User user = PortalGuard.user(ctx);
            Web.render(ctx, "portal_pricing.jte", new PricingPage(PortalGuard.chrome(ctx, "title.me-pricing", "pricing"),
                    user.groupRatio().value(), prices.at(user.groupRatio())));
        });
    }
}
