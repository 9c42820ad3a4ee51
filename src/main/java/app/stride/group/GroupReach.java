package app.stride.group;

import app.stride.account.AccountService;
import app.stride.account.CurrentUser;
import app.stride.account.Role;
import app.stride.account.UserSummary;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which students a teacher reaches: members of the groups they teach, and those who took one of
 * their quizzes (their own, or one of a group they teach). The admin reaches every student. The
 * practice and progress services ask it; it answers from the group tables and, in SQL, the quiz
 * takers, so that it depends on neither.
 */
@Component
@Transactional(readOnly = true)
public class GroupReach {

    private final StudyGroupRepository groups;
    private final AccountService accounts;
    private final CurrentUser currentUser;

    GroupReach(StudyGroupRepository groups, AccountService accounts, CurrentUser currentUser) {
        this.groups = groups;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in teacher (or the admin) reaches this student. */
    public boolean reaches(long studentId) {
        if (currentUser.role() == Role.ADMIN) {
            return true;
        }
        long me = currentUser.id();
        return groups.teachesMember(me, studentId) || groups.tookQuizOf(me, studentId);
    }

    /** The students the signed-in teacher reaches, by username: whose progress they may open. */
    public List<UserSummary> students() {
        if (currentUser.role() == Role.ADMIN) {
            return accounts.students();
        }
        List<Long> ids = groups.reachedStudents(currentUser.id());
        if (ids.isEmpty()) {
            return List.of();
        }
        return accounts.summaries(ids).values().stream().filter(u -> u.role() == Role.STUDENT)
                .sorted(Comparator.comparing(UserSummary::username)).toList();
    }
}
