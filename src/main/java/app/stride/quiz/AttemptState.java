package app.stride.quiz;

/**
 * Where one attempt stands, as its teacher reads it on the results page. {@link #TIME_UP}: its
 * time ran out and nobody has handed it in yet (the page hands such attempts in as it reads them,
 * so a teacher sees it only for the moment between).
 */
public enum AttemptState {
    IN_PROGRESS, HANDED_IN, HANDED_IN_AUTOMATICALLY, TIME_UP;

    static AttemptState of(java.time.Instant submittedAt, boolean automatically, java.time.Instant deadline,
                           java.time.Instant now) {
        if (submittedAt != null) {
            return automatically ? HANDED_IN_AUTOMATICALLY : HANDED_IN;
        }
        return now.isBefore(deadline) ? IN_PROGRESS : TIME_UP;
    }
}
