package app.stride.quiz;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuizRepository extends JpaRepository<Quiz, Long> {

    /** A teacher's own quizzes, newest first, without the mock exams they sat themselves. */
    @Query("select q from Quiz q where q.ownerId = :ownerId and q.status <> app.stride.quiz.QuizStatus.EXAM"
            + " order by q.createdAt desc, q.id desc")
    List<Quiz> ownedBy(@Param("ownerId") long ownerId);

    Optional<Quiz> findByJoinCode(String joinCode);

    /** The quiz behind a code with what it asks, in one statement: joining draws the questions from it. */
    @Query("select distinct q from Quiz q left join fetch q.items where q.joinCode = :code")
    Optional<Quiz> withItemsByJoinCode(@Param("code") String joinCode);

    boolean existsByJoinCode(String joinCode);

    /*
     * Groups (app.stride.group) share quizzes. The quiz row names its group; who teaches a group and
     * who is in one are asked of the group tables in SQL, so that the static QuizAccess can ask too.
     */

    /** Whether {@code me} may work on the quiz without owning it: a teacher of its group, or the admin. */
    @Query(nativeQuery = true, value = """
            select count(*) > 0 from quiz q where q.id = :quizId and (
                q.group_id in (select t.group_id from group_teacher t where t.user_id = :me)
                or exists (select 1 from app_user u where u.id = :me and u.role = 'ADMIN'))""")
    boolean sharedWith(@Param("quizId") long quizId, @Param("me") long me);

    /** Whether {@code me} may limit a quiz to this group: one of its teachers, or the admin. */
    @Query(nativeQuery = true, value = """
            select (select count(*) from group_teacher t where t.group_id = :groupId and t.user_id = :me)
                 + (select count(*) from app_user u where u.id = :me and u.role = 'ADMIN'
                    and exists (select 1 from study_group g where g.id = :groupId)) > 0""")
    boolean teachesGroup(@Param("groupId") long groupId, @Param("me") long me);

    @Query(nativeQuery = true, value = "select count(*) > 0 from group_member where group_id = :groupId and user_id = :userId")
    boolean memberOf(@Param("groupId") long groupId, @Param("userId") long userId);

    /**
     * The members of a quiz's group who have not started it, with what a teacher gave them
     * (extra minutes, extra attempts), by name: one statement, whatever the group's size. Rows of
     * id, username, display name, extra minutes, extra attempts.
     */
    @Query(nativeQuery = true, value = """
            select u.id, u.username, u.display_name, coalesce(al.extra_minutes, 0), coalesce(al.extra_attempts, 0)
            from group_member m join app_user u on u.id = m.user_id
            left join quiz_allowance al on al.quiz_id = :quizId and al.user_id = m.user_id
            where m.group_id = :groupId
              and not exists (select 1 from quiz_attempt a where a.quiz_id = :quizId and a.user_id = m.user_id)
            order by u.display_name, u.username""")
    List<Object[]> notStarted(@Param("quizId") long quizId, @Param("groupId") long groupId);

    /**
     * The quizzes a teacher works on, newest first: their own, and those of the groups they
     * teach; the admin's, all (without anyone's mock exams).
     */
    @Query(nativeQuery = true, value = """
            select q.* from quiz q where q.status <> 'EXAM' and (q.owner_id = :me
                or q.group_id in (select t.group_id from group_teacher t where t.user_id = :me)
                or exists (select 1 from app_user u where u.id = :me and u.role = 'ADMIN'))
            order by q.created_at desc, q.id desc""")
    List<Quiz> reachableBy(@Param("me") long me);

    /** An owner's display name, for the cards of quizzes the reader shares but does not own. */
    interface Owner {
        long getId();

        String getName();
    }

    @Query(nativeQuery = true, value = "select u.id as id, u.display_name as name from app_user u where u.id in (:ids)")
    List<Owner> ownerNames(@Param("ids") java.util.Collection<Long> ids);
}
