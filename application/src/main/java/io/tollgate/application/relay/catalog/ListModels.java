package io.tollgate.application.relay.catalog;

import io.tollgate.application.identity.ApiKeyAuthentication;
import io.tollgate.application.identity.AuthenticateApiKey;
import io.tollgate.domain.relay.Model;
import java.util.List;
import java.util.function.Predicate;

/** The models a caller may see: enabled ones only, and of those the public ones without a key, the key's with one. */
public final class ListModels {

    /** What the caller may see, or why they may see nothing. */
    public sealed interface Outcome {

        /** The visible models, by name. */
        record Visible(List<Model> models) implements Outcome {}

        /** A right key whose user an admin disabled. */
        record UserDisabled() implements Outcome {}

        /** A key that proves nothing: unknown, expired, or its user gone. */
        record InvalidKey() implements Outcome {}
    }

    private final AuthenticateApiKey apiKeys;
    private final ModelCatalog models;

    public ListModels(AuthenticateApiKey apiKeys, ModelCatalog models) {
        this.apiKeys = apiKeys;
        this.models = models;
    }

    /** The models visible to the bearer of {@code key}; a null or blank key is a caller without one. */
    public Outcome visibleTo(String key) {
        Predicate<Model> visible;
        if (key == null || key.isBlank()) {
            visible = Model::isPublic;
        } else {
            switch (apiKeys.authenticate(key)) {
                case ApiKeyAuthentication.Valid valid -> visible = model -> valid.key().allows(model.name());
                case ApiKeyAuthentication.UserDisabled disabled -> {
                    return new Outcome.UserDisabled();
                }
                case ApiKeyAuthentication.Invalid invalid -> {
                    return new Outcome.InvalidKey();
                }
            }
        }
        return new Outcome.Visible(models.all().stream().filter(Model::enabled).filter(visible).toList());
    }
}
