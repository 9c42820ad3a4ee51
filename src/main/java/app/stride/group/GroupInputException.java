package app.stride.group;

import app.stride.base.UserInputException;

/** A group's name, code or co-teacher was refused: names the field and a translation key. */
public class GroupInputException extends UserInputException {

    public GroupInputException(String field, String messageKey) {
        super(field, messageKey);
    }
}
