package app.stride.quiz;

/** A quiz setting or a step of taking one was refused: names the field and a translation key. */
public class QuizInputException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public QuizInputException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
