package app.stride.account;

/**
 * A user's input for an account was refused. Names the form field and a translation key,
 * so a view can put a readable nl/en message on that field.
 */
public class AccountInputException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AccountInputException(String field, String messageKey) {
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
