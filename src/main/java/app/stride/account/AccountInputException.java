package app.stride.account;

import app.stride.base.UserInputException;

/** A user's input for an account was refused: names the form field and a translation key. */
public class AccountInputException extends UserInputException {

    public AccountInputException(String field, String messageKey) {
        super(field, messageKey);
    }
}
