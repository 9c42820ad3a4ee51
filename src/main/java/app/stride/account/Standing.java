package app.stride.account;

/** What an account may do right now, as the database has it. */
public record Standing(Role role, boolean enabled) {
}
