package io.tollgate.domain.identity;

/** Whether a user may sign in and spend. */
public enum UserStatus {
    ACTIVE,
    DISABLED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The status with this wire name ({@code active}, {@code disabled}), or empty. */
    public static java.util.Optional<UserStatus> fromWireName(String name) {
        for (UserStatus status : values()) {
            if (status.wireName().equals(name)) {
                return java.util.Optional.of(status);
            }
        }
        return java.util.Optional.empty();
    }
}
