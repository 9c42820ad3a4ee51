package app.stride.quiz;

/** A quiz is edited as a draft, published with a join code, and archived when done. */
public enum QuizStatus {
    DRAFT, PUBLISHED, ARCHIVED,
    /** A student's own mock exam, never listed among a teacher's quizzes. */
    EXAM
}
