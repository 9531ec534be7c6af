package io.tollgate.domain.relay;

import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.moderation.PromptModeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A model callers may ask for: the platforms that serve it, its price, whether it is on, whether callers
 * without an API key may use it (within its public limits), the most tokens one answer may have (a caller's
 * larger {@code max_tokens} is lowered to it, and a call's hold counts on it), its kind (the endpoint that
 * calls it), and whether a prompt holding a sensitive word is refused.
 */
public record Model(String name, List<ModelRoute> routes, ModelPrice price, boolean enabled,
                    Optional<PublicAccess> publicAccess, long maxOutputTokens, ModelKind kind,
                    PromptModeration moderation) {

    /** The most output tokens of a model whose admin set none: what most chat models allow by default. */
    public static final long DEFAULT_MAX_OUTPUT_TOKENS = 4096;
    public static final long MAX_OUTPUT_TOKENS_LIMIT = 10_000_000;

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
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(moderation, "moderation");
        if (maxOutputTokens < 1 || maxOutputTokens > MAX_OUTPUT_TOKENS_LIMIT) {
            throw new IllegalArgumentException("a model's maximum output is 1 to " + MAX_OUTPUT_TOKENS_LIMIT + " tokens");
        }
    }

    /** Without moderation. */
    public Model(String name, List<ModelRoute> routes, ModelPrice price, boolean enabled, Optional<PublicAccess> publicAccess,
                 long maxOutputTokens, ModelKind kind) {
        this(name, routes, price, enabled, publicAccess, maxOutputTokens, kind, PromptModeration.OFF);
    }

    /** A chat model. */
    public Model(String name, List<ModelRoute> routes, ModelPrice price, boolean enabled, Optional<PublicAccess> publicAccess,
                 long maxOutputTokens) {
        this(name, routes, price, enabled, publicAccess, maxOutputTokens, ModelKind.CHAT);
    }

    /** With the default maximum output. */
    public Model(String name, List<ModelRoute> routes, ModelPrice price, boolean enabled, Optional<PublicAccess> publicAccess) {
        this(name, routes, price, enabled, publicAccess, DEFAULT_MAX_OUTPUT_TOKENS);
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

    /** The most output tokens a call may produce: what the caller asked for, never more than the model's maximum. */
    public long outputBound(OptionalLong requested) {
        return Math.min(requested.orElse(maxOutputTokens), maxOutputTokens);
    }

    public Model withEnabled(boolean on) {
        return new Model(name, routes, price, on, publicAccess, maxOutputTokens, kind, moderation);
    }
}
