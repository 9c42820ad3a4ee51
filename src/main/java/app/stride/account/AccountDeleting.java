package app.stride.account;

/**
 * An admin is deleting an account. Published inside the deleting transaction, before the account's
 * row goes: every module that keeps rows of a user removes them (or hands what others depend on,
 * such as a teacher's quizzes and groups, to {@code adminId}) in a synchronous listener, so that
 * the account and all its data go together or not at all.
 */
public record AccountDeleting(long userId, long adminId) {
}
