package io.tollgate.application.billing;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Multiplier;
import java.util.List;
import java.util.Optional;

/** Sets users' groups and price ratios, one user or a whole group at once (admin); every change is audited. */
public final class ManageGroups {

    /** Letters, digits, '-', '_' and '.', 1 to 40 of them. */
    public static final String NAME_RULE = "a group name is 1 to 40 letters, digits, '-', '_' or '.'";

    public sealed interface Outcome {
        record Saved(int users) implements Outcome {}

        record NoSuchUser() implements Outcome {}

        record EmptyGroup(String name) implements Outcome {}
    }

    private final UserGroups groups;
    private final AuditTrail audit;
    private final Runnable forgetRememberedUsers;

    /** {@code forgetRememberedUsers} drops users kept with their API keys, so the next call pays the new ratio. */
    public ManageGroups(UserGroups groups, AuditTrail audit, Runnable forgetRememberedUsers) {
        this.groups = groups;
        this.audit = audit;
        this.forgetRememberedUsers = forgetRememberedUsers;
    }

    /** The group name as given, or an {@link IllegalArgumentException} saying {@link #NAME_RULE}. */
    public static String groupName(String text) {
        String name = text == null ? "" : text.strip();
        if (!name.matches("[\\p{L}\\p{N}._-]{1,40}")) {
            throw new IllegalArgumentException(NAME_RULE);
        }
        return name;
    }

    public List<UserGroups.Group> list() {
        return groups.all();
    }

    public Optional<String> groupOf(UserId user) {
        return groups.groupOf(user);
    }

    public Outcome placeUser(UserId user, String group, Multiplier ratio, String actor) {
        String name = groupName(group);
        Optional<String> before = groups.groupOf(user);
        if (before.isEmpty() || !groups.place(user, name, ratio)) {
            return new Outcome.NoSuchUser();
        }
        forgetRememberedUsers.run();
        audit.record(actor, "set-user-group", user + ": group " + before.get() + " → " + name + ", ratio " + ratio);
        return new Outcome.Saved(1);
    }

    public Outcome setGroupRatio(String group, Multiplier ratio, String actor) {
        String name = groupName(group);
        int users = groups.setRatio(name, ratio);
        if (users == 0) {
            return new Outcome.EmptyGroup(name);
        }
        forgetRememberedUsers.run();
        audit.record(actor, "set-group-ratio", name + ": ratio " + ratio + " for " + users + " user(s)");
        return new Outcome.Saved(users);
    }
}
