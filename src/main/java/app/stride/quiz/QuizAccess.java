package app.stride.quiz;

import org.springframework.security.access.AccessDeniedException;

/**
 * A quiz for its teachers only: its owner, a teacher of the group it is limited to (a
 * co-teacher), or the admin. An unknown id is a message, anyone else's quiz is no access.
 */
final class QuizAccess {

    private QuizAccess() {
    }

    static Quiz own(QuizRepository quizzes, long quizId, long me) {
        Quiz quiz = quizzes.findById(quizId).orElseThrow(() -> new QuizInputException("quiz", "quiz.error.unknown"));
        check(quizzes, quiz.getOwnerId(), me, quizId);
        return quiz;
    }

    /** Returns when {@code me} may work on the quiz; the owner is told apart without a statement. */
    static void check(QuizRepository quizzes, long ownerId, long me, long quizId) {
        if (ownerId != me && !quizzes.sharedWith(quizId, me)) {
            throw new AccessDeniedException("not a teacher of quiz " + quizId);
        }
    }
}
