package app.stride.base;

/**
 * Something a user typed or chose was refused. Names the field and a translation key, so a
 * view can put a readable nl/en message on that field; never shown as an error page.
 */
public class UserInputException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public UserInputException(String field, String messageKey) {
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
