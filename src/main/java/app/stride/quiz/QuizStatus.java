package app.stride.quiz;

/** A quiz is edited as a draft, published with a join code, and archived when done. */
public enum QuizStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
