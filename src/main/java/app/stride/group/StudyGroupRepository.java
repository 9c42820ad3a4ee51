package app.stride.group;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StudyGroupRepository extends JpaRepository<StudyGroup, Long> {

    Optional<StudyGroup> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    /** One row of the teacher's list: a member ({@code kind} M), a teacher (T), or a group without members (M, no user). */
    interface Row {
        long getGroupId();

        String getName();

        String getCode();

        long getOwnerId();

        String getKind();

        Long getUserId();

        String getUsername();

        String getDisplayName();
    }

    /**
     * The groups {@code me} teaches (every group when {@code all}), with their members and teachers,
     * in one statement however many there are.
     */
    @Query(nativeQuery = true, value = """
            select g.id as groupId, g.name as name, g.join_code as code, g.owner_id as ownerId, 'M' as kind,
                   u.id as userId, u.username as username, u.display_name as displayName
            from study_group g
            left join group_member m on m.group_id = g.id
            left join app_user u on u.id = m.user_id
            where :all = true or g.id in (select t.group_id from group_teacher t where t.user_id = :me)
            union all
            select g.id, g.name, g.join_code, g.owner_id, 'T', u.id, u.username, u.display_name
            from study_group g
            join group_teacher t2 on t2.group_id = g.id
            join app_user u on u.id = t2.user_id
            where :all = true or g.id in (select t.group_id from group_teacher t where t.user_id = :me)
            order by 2, 1, 5, 7""")
    List<Row> overview(@Param("me") long me, @Param("all") boolean all);

    /** A student's own groups, by name. */
    interface Membership {
        long getGroupId();

        String getName();

        /**
         * A timestamp with time zone as the driver gives it: an OffsetDateTime from H2, an Instant
         * from PostgreSQL ({@link GroupService} reads either).
         */
        java.time.temporal.TemporalAccessor getJoinedAt();
    }

    @Query(nativeQuery = true, value = """
            select g.id as groupId, g.name as name, m.joined_at as joinedAt
            from group_member m join study_group g on g.id = m.group_id
            where m.user_id = :userId order by g.name, g.id""")
    List<Membership> memberships(@Param("userId") long userId);

    /** The groups {@code me} teaches, by name, for the quiz form's choice. */
    @Query(nativeQuery = true, value = """
            select g.* from study_group g
            where :all = true or g.id in (select t.group_id from group_teacher t where t.user_id = :me)
            order by g.name, g.id""")
    List<StudyGroup> taughtBy(@Param("me") long me, @Param("all") boolean all);

    @Query(nativeQuery = true, value = "select count(*) > 0 from group_teacher where group_id = :groupId and user_id = :userId")
    boolean teaches(@Param("groupId") long groupId, @Param("userId") long userId);

    @Query(nativeQuery = true, value = "select count(*) > 0 from group_member where group_id = :groupId and user_id = :userId")
    boolean isMember(@Param("groupId") long groupId, @Param("userId") long userId);

    /**
     * Adds a member; a second join (two tabs, a double click) changes nothing. Standard SQL MERGE,
     * the same on H2 and PostgreSQL 15+ (H2's own MERGE ... KEY is not PostgreSQL's); two first
     * joins at the same instant collide on the key, and the caller's retry finds the row.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            merge into group_member t
            using (select cast(:groupId as bigint) as group_id, cast(:userId as bigint) as user_id) s
            on t.group_id = s.group_id and t.user_id = s.user_id
            when not matched then insert (group_id, user_id, joined_at) values (s.group_id, s.user_id, :now)""")
    void addMember(@Param("groupId") long groupId, @Param("userId") long userId, @Param("now") Instant now);

    @Modifying
    @Query(nativeQuery = true, value = """
            merge into group_teacher t
            using (select cast(:groupId as bigint) as group_id, cast(:userId as bigint) as user_id) s
            on t.group_id = s.group_id and t.user_id = s.user_id
            when not matched then insert (group_id, user_id) values (s.group_id, s.user_id)""")
    void addTeacher(@Param("groupId") long groupId, @Param("userId") long userId);

    @Modifying
    @Query(nativeQuery = true, value = "delete from group_member where group_id = :groupId and user_id = :userId")
    int removeMember(@Param("groupId") long groupId, @Param("userId") long userId);

    /** Whether a teacher reaches this student: a member of a group they teach. */
    @Query(nativeQuery = true, value = """
            select count(*) > 0 from group_member m join group_teacher t on t.group_id = m.group_id
            where m.user_id = :studentId and t.user_id = :teacherId""")
    boolean teachesMember(@Param("teacherId") long teacherId, @Param("studentId") long studentId);

    /**
     * Whether the student took a quiz of this teacher: their own quiz, or one of a group they teach.
     * Asked of the quiz tables in SQL, so that this package needs nothing of the quiz package,
     * which depends on it.
     */
    @Query(nativeQuery = true, value = """
            select count(*) > 0 from quiz_attempt a join quiz q on q.id = a.quiz_id
            where a.user_id = :studentId and q.status <> 'EXAM'
              and (q.owner_id = :teacherId
                   or q.group_id in (select t.group_id from group_teacher t where t.user_id = :teacherId))""")
    boolean tookQuizOf(@Param("teacherId") long teacherId, @Param("studentId") long studentId);

    /** The ids of the students this teacher reaches: members of their groups and takers of their quizzes. */
    @Query(nativeQuery = true, value = """
            select m.user_id from group_member m join group_teacher t on t.group_id = m.group_id where t.user_id = :teacherId
            union
            select a.user_id from quiz_attempt a join quiz q on q.id = a.quiz_id
            where q.status <> 'EXAM' and (q.owner_id = :teacherId
                   or q.group_id in (select t.group_id from group_teacher t where t.user_id = :teacherId))""")
    List<Long> reachedStudents(@Param("teacherId") long teacherId);

    /** The id of an enabled teacher account of this (normalized) username, to add as a co-teacher. */
    @Query(nativeQuery = true, value = "select id from app_user where username = :username and role = 'TEACHER' and enabled")
    Optional<Long> enabledTeacher(@Param("username") String username);

    @Modifying
    @Query(nativeQuery = true, value = "delete from group_member where user_id = :userId")
    void removeMemberships(@Param("userId") long userId);

    /** Hands the groups a leaving teacher made to the admin, who then teaches them. */
    @Modifying
    @Query(nativeQuery = true, value = """
            merge into group_teacher t
            using (select g.id as group_id, cast(:adminId as bigint) as user_id from study_group g
                   where g.owner_id = :userId) s
            on t.group_id = s.group_id and t.user_id = s.user_id
            when not matched then insert (group_id, user_id) values (s.group_id, s.user_id)""")
    void teachOwnedBy(@Param("userId") long userId, @Param("adminId") long adminId);

    @Modifying
    @Query(nativeQuery = true, value = "update study_group set owner_id = :adminId where owner_id = :userId")
    void handOver(@Param("userId") long userId, @Param("adminId") long adminId);

    @Modifying
    @Query(nativeQuery = true, value = "delete from group_teacher where user_id = :userId")
    void removeTeaching(@Param("userId") long userId);
}
