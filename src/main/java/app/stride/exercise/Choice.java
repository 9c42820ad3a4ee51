package app.stride.exercise;

/**
 * An option of a multiple-choice question.
 *
 * @param why for a wrong option, why it is wrong (shown when a student picks it); null for the answer
 */
public record Choice(String id, Text text, Text why) {

    public Choice(String id, Text text) {
        this(id, text, null);
    }
}
