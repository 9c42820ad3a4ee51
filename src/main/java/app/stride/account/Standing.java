package app.stride.account;

/**
 * What an account may do right now, as the database has it. {@code credentials}: a fingerprint of
 * its password hash, so that a password an admin reset ends the sessions signed in with the old one.
 */
public record Standing(Role role, boolean enabled, int credentials) {

    /** As the database query builds it: the hash itself is never kept, only its fingerprint. */
    public Standing(Role role, boolean enabled, String passwordHash) {
        this(role, enabled, fingerprint(passwordHash));
    }

    public Standing(Role role, boolean enabled) {
        this(role, enabled, 0);
    }

    static int fingerprint(String passwordHash) {
        return passwordHash == null ? 0 : passwordHash.hashCode();
    }
}
