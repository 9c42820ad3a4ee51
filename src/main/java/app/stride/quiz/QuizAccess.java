package app.stride.quiz;

import org.springframework.security.access.AccessDeniedException;

/** A quiz for its own teacher only: an unknown id is a message, another teacher's quiz is no access. */
final class QuizAccess {

    private QuizAccess() {
    }

    static Quiz own(QuizRepository quizzes, long quizId, long me) {
        Quiz quiz = quizzes.findById(quizId).orElseThrow(() -> new QuizInputException("quiz", "quiz.error.unknown"));
        checkOwner(quiz.getOwnerId(), me, quizId);
        return quiz;
    }

    static void checkOwner(long ownerId, long me, long quizId) {
        if (ownerId != me) {
            throw new AccessDeniedException("not the owner of quiz " + quizId);
        }
    }
}
