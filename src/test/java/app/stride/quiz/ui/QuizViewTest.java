package app.stride.quiz.ui;

import app.stride.exercise.ui.AnswerField;
import app.stride.KaribuTest;
import app.stride.MutableClock;
import app.stride.account.AccountService;
import app.stride.quiz.AttemptSheet;
import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizService;
import app.stride.quiz.QuizSettings;
import app.stride.quiz.QuizTakingService;
import org.springframework.beans.factory.annotation.Autowired;

/** What the quiz view tests share: the demo teacher publishes a quiz, a student of the test's own signs in. */
abstract class QuizViewTest extends KaribuTest {

    @Autowired
    QuizService quizzes;
    @Autowired
    QuizTakingService taking;
    @Autowired
    AccountService accounts;
    @Autowired
    MutableClock clock;

    /** Signed in as the demo teacher, who then owns the published quiz. */
    QuizCard publishedByTeacher(QuizSettings settings) {
        login("teacher", "TEACHER");
        return quizzes.publish(quizzes.create(settings).id());
    }

    /** Signs in as this account, made on first use; tests share one database. */
    void loginAs(String username, String role) {
        if (!accounts.exists(username)) {
            accounts.register(username, username, "unused-secret-pw");
        }
        login(username, role);
    }

    /** Joins as the signed-in student and reads the new attempt. */
    AttemptSheet join(QuizCard quiz) {
        return taking.sheet(taking.join(quiz.joinCode()));
    }

    /** Saves an answer as an up-to-date tab would. */
    void answer(AttemptSheet attempt, int question, String part, String typed) {
        taking.save(attempt.id(), taking.sheet(attempt.id()).version(), attempt.questions().get(question).id(), part,
                typed);
    }

    /**
     * Types into an answer box as the browser reports it after a pause: the new value synchronised
     * from the client, which fires the box's listener as the student's own change.
     */
    static void type(AnswerField field, String text) {
        try {
            field.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementPropertyMap.class)
                    .deferredUpdateFromClient("value", text).run();
        } catch (com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException e) {
            throw new AssertionError("the box does not take its value from the browser", e);
        }
    }
}
