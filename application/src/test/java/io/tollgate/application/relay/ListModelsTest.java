package io.tollgate.application.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.tollgate.application.fakes.InMemoryRememberedKeys;
import io.tollgate.application.identity.AuthenticateApiKey;
import io.tollgate.application.identity.ChangeUserStatus;
import io.tollgate.application.relay.catalog.ListModels;
import io.tollgate.application.relay.catalog.ModelCatalog;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.UserStatus;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.ModelRoute;
import io.tollgate.domain.relay.PublicAccess;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListModelsTest {

    private final RelayFixture fixture = new RelayFixture();
    private final ListModels list;

    ListModelsTest() {
        model("public-on", true, true);
        model("public-off", false, true);
        model("private-on", true, false);
        list = new ListModels(new AuthenticateApiKey(fixture.keys, fixture.users, new InMemoryRememberedKeys(), fixture.clock,
                Duration.ZERO), new ModelCatalog(fixture.models, fixture.clock, Duration.ofSeconds(5)));
    }

    private void model(String name, boolean enabled, boolean isPublic) {
        fixture.models.add(new Model(name, List.of(new ModelRoute(Platform.OPENAI, name)), fixture.models.all().get(0).price(),
                enabled, isPublic ? Optional.of(new PublicAccess(1000, 10, 1000)) : Optional.empty()));
    }

    private List<String> names(ListModels.Outcome outcome) {
        return assertInstanceOf(ListModels.Outcome.Visible.class, outcome).models().stream().map(Model::name).toList();
    }

    @Test
    void withoutAKeyOnlyEnabledPublicModelsAreVisible() {
        assertEquals(List.of("public-on"), names(list.visibleTo(null)));
        assertEquals(List.of("public-on"), names(list.visibleTo("  ")));
    }

    @Test
    void aKeySeesTheEnabledModelsItsPatternsAllowPublicOrNot() {
        User user = fixture.user("alice", "10");
        assertEquals(List.of(RelayFixture.MODEL, "private-on", "public-on"), names(list.visibleTo(fixture.key(user, List.of(), 0))));
        assertEquals(List.of("private-on"), names(list.visibleTo(fixture.key(user, List.of("private-*"), 0))));
    }

    @Test
    void aKeyOfADisabledUserAndAnUnknownKeySeeNothingAndAreToldWhy() {
        User user = fixture.user("bob", "10");
        String key = fixture.key(user, List.of(), 0);
        new ChangeUserStatus(fixture.users, fixture.audit).change(user.id(), UserStatus.DISABLED, "test");
        assertInstanceOf(ListModels.Outcome.UserDisabled.class, list.visibleTo(key));
        assertInstanceOf(ListModels.Outcome.InvalidKey.class, list.visibleTo("sk-not-a-key"));
    }
}
