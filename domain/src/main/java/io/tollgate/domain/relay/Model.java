package io.tollgate.domain.relay;

import io.tollgate.domain.account.Platform;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A model callers may ask for: the platforms that serve it, its price, whether it is on, and whether callers
 * without an API key may use it (within its public limits).
 */
public record Model(String name, List<ModelRoute> routes, ModelPrice price, boolean enabled,
                    Optional<PublicAccess> publicAccess) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127}");

    public Model {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a model name has 1 to 128 letters, digits or ._:/@+- and starts with a letter or digit");
        }
        routes = List.copyOf(routes);
        if (routes.isEmpty()) {
            throw new IllegalArgumentException("a model has at least one platform route");
        }
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(publicAccess, "publicAccess");
    }

    /** A private model: only callers with an API key may use it. */
    public Model(String name, List<ModelRoute> routes, ModelPrice price, boolean enabled) {
        this(name, routes, price, enabled, Optional.empty());
    }

    public boolean isPublic() {
        return publicAccess.isPresent();
    }

    /** The platforms that serve it. */
    public Set<Platform> platforms() {
        return routes.stream().map(ModelRoute::platform).collect(Collectors.toUnmodifiableSet());
    }

    /** The model's name on this platform, if the platform serves it. */
    public Optional<String> upstreamName(Platform platform) {
        return routes.stream().filter(r -> r.platform() == platform).map(ModelRoute::upstreamModel).findFirst();
    }
}
