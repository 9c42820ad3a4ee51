package app.stride.group;

import app.stride.account.AccountService;
import app.stride.account.CurrentUser;
import app.stride.account.Role;
import app.stride.base.UnsafeText;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teachers make groups and share them with co-teachers; students join a group with its code.
 * A teacher changes only groups they teach; the admin, every group.
 */
@Service
@Transactional
public class GroupService {

    public static final int MAX_NAME = 80;

    private final StudyGroupRepository groups;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    GroupService(StudyGroupRepository groups, CurrentUser currentUser, Clock clock) {
        this.groups = groups;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new group of the signed-in teacher, who is its first teacher; returns its code. */
    @Secured({"ROLE_TEACHER", "ROLE_ADMIN"})
    public String create(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > MAX_NAME) {
            throw new GroupInputException("name", "group.error.name");
        }
        if (UnsafeText.holdsUnsafe(trimmed)) { // members read it in lists: as display names (a NUL also fails on PostgreSQL)
            throw new GroupInputException("name", "group.error.name.characters");
        }
        String code;
        do {
            code = GroupCodes.next(random);
        } while (groups.existsByJoinCode(code));
        StudyGroup group = groups.save(new StudyGroup(trimmed, code, currentUser.id(), clock.instant()));
        groups.addTeacher(group.getId(), currentUser.id());
        return code;
    }

    /**
     * The groups the teacher teaches (the admin: all), by name, with teachers and members: one
     * statement for the list however many members.
     */
    @Secured({"ROLE_TEACHER", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public List<GroupCard> mine() {
        Map<Long, List<StudyGroupRepository.Row>> byGroup = new LinkedHashMap<>();
        for (StudyGroupRepository.Row row : groups.overview(currentUser.id(), admin())) {
            byGroup.computeIfAbsent(row.getGroupId(), id -> new ArrayList<>()).add(row);
        }
        List<GroupCard> cards = new ArrayList<>();
        byGroup.forEach((id, rows) -> {
            StudyGroupRepository.Row first = rows.get(0);
            List<GroupCard.Person> teachers = new ArrayList<>();
            List<GroupCard.Person> members = new ArrayList<>();
            for (StudyGroupRepository.Row row : rows) {
                if (row.getUserId() == null) {
                    continue;
                }
                GroupCard.Person person = new GroupCard.Person(row.getUserId(), row.getUsername(), row.getDisplayName());
                if ("T".equals(row.getKind())) {
                    // the one who made the group first
                    teachers.add(row.getUserId() == first.getOwnerId() ? 0 : teachers.size(), person);
                } else {
                    members.add(person);
                }
            }
            cards.add(new GroupCard(id, first.getName(), first.getCode(), teachers, members));
        });
        return cards;
    }

    /** The groups a quiz of this teacher may be limited to. */
    @Secured({"ROLE_TEACHER", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public List<GroupCard.Option> choices() {
        return groups.taughtBy(currentUser.id(), admin()).stream()
                .map(g -> new GroupCard.Option(g.getId(), g.getName())).toList();
    }

    /** Takes a student out of a group the teacher teaches; one no longer in it is no error. */
    @Secured({"ROLE_TEACHER", "ROLE_ADMIN"})
    public void removeMember(long groupId, long userId) {
        taught(groupId);
        groups.removeMember(groupId, userId);
    }

    /** Adds an existing teacher account, by username, as a teacher of the group. */
    @Secured({"ROLE_TEACHER", "ROLE_ADMIN"})
    public void addTeacher(long groupId, String username) {
        taught(groupId);
        Long userId = groups.enabledTeacher(AccountService.normalizeUsername(username))
                .orElseThrow(() -> new GroupInputException("teacher", "group.error.teacher"));
        groups.addTeacher(groupId, userId);
    }

    /** A student joins the group behind a code; returns its name. Joining again changes nothing. */
    @Secured("ROLE_STUDENT")
    public String join(String code) {
        String normalized = GroupCodes.normalized(code);
        if (normalized.length() == GroupCodes.QUIZ_LENGTH) {
            throw new GroupInputException("code", "group.error.quizcode");
        }
        StudyGroup group = groups.findByJoinCode(normalized)
                .orElseThrow(() -> new GroupInputException("code", "group.error.code"));
        groups.addMember(group.getId(), currentUser.id(), clock.instant());
        return group.getName();
    }

    /** The signed-in student's groups. */
    @Secured({"ROLE_STUDENT", "ROLE_TEACHER", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public List<GroupCard.Membership> memberships() {
        return groups.memberships(currentUser.id()).stream()
                .map(m -> new GroupCard.Membership(m.getName(), Instant.from(m.getJoinedAt()))).toList();
    }

    private void taught(long groupId) {
        if (!groups.existsById(groupId)) {
            throw new GroupInputException("group", "group.error.unknown");
        }
        if (!admin() && !groups.teaches(groupId, currentUser.id())) {
            throw new AccessDeniedException("not a teacher of group " + groupId);
        }
    }

    private boolean admin() {
        return currentUser.role() == Role.ADMIN;
    }
}
