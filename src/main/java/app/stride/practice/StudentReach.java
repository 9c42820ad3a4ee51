package app.stride.practice;

import app.stride.account.AccountService;
import app.stride.account.CurrentUser;
import app.stride.account.Role;
import app.stride.account.UserSummary;
import app.stride.group.GroupReach;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose practice the signed-in user may read: their own; a teacher, that of the students they
 * reach ({@link GroupReach}: their groups' members, their quizzes' takers); the admin, that of
 * every student (never of other teachers or the admin). Who asks and in which role comes from the
 * security context; the role of the account read from comes from the database.
 */
@Component
class StudentReach {

    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final GroupReach groups;

    StudentReach(CurrentUser currentUser, AccountService accounts, GroupReach groups) {
        this.groups = groups;
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    /** Returns when the caller may read {@code userId}'s practice; else an {@link AccessDeniedException}. */
    void check(long userId) {
        if (userId == currentUser.id()) {
            return;
        }
        Role asking = currentUser.role();
        if (asking != Role.TEACHER && asking != Role.ADMIN) {
            throw new AccessDeniedException("a student reads their own practice only");
        }
        UserSummary whose = accounts.summaries(List.of(userId)).get(userId);
        if (whose == null || whose.role() != Role.STUDENT) {
            throw new AccessDeniedException("a teacher reads the practice of students only");
        }
        if (!groups.reaches(userId)) {
            throw new AccessDeniedException("not a student of this teacher's groups or quizzes");
        }
    }
}
