package app.stride.account;

/** One role per account; a teacher can do what a student can, an admin manages accounts. */
public enum Role {
    STUDENT,
    TEACHER,
    ADMIN;

    /** Spring Security's authority name for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
