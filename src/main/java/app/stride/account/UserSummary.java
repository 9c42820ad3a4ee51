package app.stride.account;

/** What views may know of an account: never the password hash. */
public record UserSummary(long id, String username, String displayName, Role role, boolean enabled) {
}
