package app.stride.quiz;

import app.stride.base.UserInputException;

/** A quiz setting or a step of taking one was refused: names the field and a translation key. */
public class QuizInputException extends UserInputException {

    public QuizInputException(String field, String messageKey) {
        super(field, messageKey);
    }
}
