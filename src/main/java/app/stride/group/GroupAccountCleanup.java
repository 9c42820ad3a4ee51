package app.stride.group;

import app.stride.account.AccountDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An account's deletion takes its memberships and co-teaching with it; the groups it made pass
 * to the admin, who then teaches them, so that their students and quizzes keep a teacher.
 * Synchronous, inside the deleting transaction: all or nothing with the account.
 */
@Component
class GroupAccountCleanup {

    private final StudyGroupRepository groups;

    GroupAccountCleanup(StudyGroupRepository groups) {
        this.groups = groups;
    }

    @EventListener
    void on(AccountDeleting deleting) {
        groups.teachOwnedBy(deleting.userId(), deleting.adminId());
        groups.handOver(deleting.userId(), deleting.adminId());
        groups.removeTeaching(deleting.userId());
        groups.removeMemberships(deleting.userId());
    }
}
