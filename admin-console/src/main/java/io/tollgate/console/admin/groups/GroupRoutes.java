package io.tollgate.console.admin.groups;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tollgate.application.billing.ManageGroups;
import io.tollgate.application.identity.ListUsers;
import io.tollgate.console.web.Forms;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.Web;
import io.tollgate.console.web.form.FormFields;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Multiplier;
import java.util.Optional;

/** Users' groups and price ratios: a group's ratio for all its users, or one user's group and ratio (audited). */
public final class GroupRoutes implements PageGroup {

    private final ManageGroups groups;
    private final ListUsers users;

    public GroupRoutes(ManageGroups groups, ListUsers users) {
        this.groups = groups;
        this.users = users;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/console/groups", ctx -> Web.render(ctx, "groups.jte",
                new GroupsPage(Web.chrome(ctx, "title.groups", "groups"), groups.list())));
        routes.post("/console/groups/ratio", Forms.safe(this::groupRatio));
        routes.get("/console/users/{id}/group", ctx -> withUser(ctx, user -> Web.render(ctx, "user-group.jte",
                new UserGroupPage(Web.chrome(ctx, "title.user-group", "users", user.username().value()), user,
                        groups.groupOf(user.id()).orElse("default")))));
        routes.post("/console/users/{id}/group", Forms.safe(ctx -> withUser(ctx, user -> userGroup(ctx, user))));
    }

    private void groupRatio(Context ctx) {
        String group = FormFields.required(ctx, "group");
        switch (groups.setGroupRatio(group, ratio(ctx), Web.actor(ctx))) {
            case ManageGroups.Outcome.Saved saved -> ctx.redirect("/console/groups?done=group-saved", HttpStatus.SEE_OTHER);
            case ManageGroups.Outcome.EmptyGroup empty -> Web.refuse(ctx, 404, "not_found", "No user is in the group " + empty.name() + ".");
            case ManageGroups.Outcome.NoSuchUser never -> Web.refuse(ctx, 404, "not_found", "No such user.");
        }
    }

    private void userGroup(Context ctx, User user) {
        String group = FormFields.required(ctx, "group");
        switch (groups.placeUser(user.id(), group, ratio(ctx), Web.actor(ctx))) {
            case ManageGroups.Outcome.Saved saved ->
                    ctx.redirect("/console/users/" + user.id() + "?done=group-saved", HttpStatus.SEE_OTHER);
            case ManageGroups.Outcome.NoSuchUser missing -> Web.refuse(ctx, 404, "not_found", "No such user.");
            case ManageGroups.Outcome.EmptyGroup never -> Web.refuse(ctx, 404, "not_found", "No such group.");
        }
    }

    /** A ratio above 0 and at most 1000000, with at most six decimals. */
    private static Multiplier ratio(Context ctx) {
        String text = FormFields.required(ctx, "ratio");
        if (!text.matches("\\d{1,7}(\\.\\d{1,6})?")) {
            throw new IllegalArgumentException("'ratio' is a number above 0 with at most six decimals, e.g. 1.5");
        }
        return Multiplier.of(text);
    }

    private void withUser(Context ctx, java.util.function.Consumer<User> then) {
        Optional<User> user = UserId.parse(ctx.pathParam("id")).flatMap(users::byId);
        if (user.isEmpty()) {
            Web.refuse(ctx, 404, "not_found", "No such user.");
            return;
        }
        then.accept(user.get());
    }
}
