package app.stride.quiz.ui;

import app.stride.exercise.ui.AnswerField;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.StatementCounter;
import app.stride.base.DurableCommits;
import app.stride.quiz.AttemptSheet;
import app.stride.quiz.FeedbackPolicy;
import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizResultsService;
import app.stride.quiz.QuizSettings;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What a page costs the database, counted on real data: statements at the JDBC level (all of
 * them, the durability sync included, on an H2 file as in production) and statements Hibernate
 * prepared (its statistics). Pages are sized by what they show: the results page costs the same
 * for 1, 30 and 300 students.
 */
class QueryBudgetTest extends QuizViewTest {

    private static final int QUESTIONS = 10;
    private static final Map<Integer, QuizCard> CLASSES = new LinkedHashMap<>();

    @Autowired
    StatementCounter counter;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    DurableCommits durable;

    /** Both counts of one piece of work. */
    private record Cost(StatementCounter.Counted jdbc, long hibernate) {
    }

    private Cost cost(Runnable work) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        StatementCounter.Counted counted = counter.count(work);
        return new Cost(counted, statistics.getPrepareStatementCount());
    }

    /** Three classes that each sat a quiz of ten questions and handed it in: 1, 30 and 300 students. */
    @BeforeEach
    void classesHaveSatTheirQuiz() {
        if (!CLASSES.isEmpty()) {
            return;
        }
        String hash = passwords.encode("budget-password");
        for (int size : new int[] {1, 30, 300}) {
            QuizCard quiz = publishedByTeacher(tenQuestions("Class of " + size, 1));
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                rows.add(new Object[] {"budget" + size + "." + i, "Student " + i, hash,
                        java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)});
            }
            // accounts go in directly (a BCrypt hash each would take half a minute); the quiz goes through the app
            jdbc.batchUpdate("insert into app_user (username, display_name, password_hash, role, created_at)"
                    + " values (?, ?, ?, 'STUDENT', ?)", rows);
            for (int i = 0; i < size; i++) {
                login("budget" + size + "." + i, "STUDENT");
                AttemptSheet attempt = join(quiz);
                for (int q = 0; q < QUESTIONS; q++) {
                    // right, or the bias forgotten, or a stray number: a class's mix, with mistakes to count
                    var exercise = taking.exercise(attempt.questions().get(q));
                    long key = exercise.expected("params").number().longValueExact();
                    long filters = ((Number) exercise.params().get("filters")).longValue();
                    long typed = (i + q) % 3 == 0 ? key : (i + q) % 3 == 1 ? key - filters : 7 + i;
                    answer(attempt, q, "params", String.valueOf(typed));
                }
                taking.submit(attempt.id());
            }
            CLASSES.put(size, quiz);
        }
    }

    private static QuizSettings tenQuestions(String title, int minutes) {
        return new QuizSettings(title, List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, QUESTIONS)),
                false, minutes == 1 ? 1 : 600, null, null, 1, false, FeedbackPolicy.AFTER_SUBMIT);
    }

    @Test
    void theResultsPageCostsTheSameFewStatementsForOneThirtyAndThreeHundredStudents() {
        login("teacher", "TEACHER");
        Map<Integer, Integer> statements = new LinkedHashMap<>();
        for (var entry : CLASSES.entrySet()) {
            UI.getCurrent().navigate("");
            Cost opening = cost(() -> UI.getCurrent().navigate("quiz-results",
                    QueryParameters.of("id", String.valueOf(entry.getValue().id()))));
            QuizResultsView view = _get(QuizResultsView.class);
            assertThat(GridKt._size(view.students)).isEqualTo(entry.getKey());
            assertThat(GridKt._size(view.questions)).isEqualTo(1);
            assertThat(GridKt._getFormattedRow(view.questions, 0)).anyMatch(cell -> cell.contains("You left out the bias"));
            // 6 for the results, and 2 for the Moodle field's count of each line's distinct versions
            assertThat(opening.jdbc().count()).as("%d students: %s", entry.getKey(), opening.jdbc()).isLessThanOrEqualTo(8);
            assertThat(opening.hibernate()).isLessThanOrEqualTo(8);
            assertThat(opening.jdbc().writes()).isEmpty();
            statements.put(entry.getKey(), opening.jdbc().count());

            // while nothing changes, the page's poll costs one statement and reads nothing again
            Cost poll = cost(() -> ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true)));
            assertThat(poll.jdbc().count()).as("a poll: %s", poll.jdbc()).isEqualTo(1);
        }
        assertThat(statements.values()).as("the same for every class size").containsOnly(statements.get(1));
        System.out.printf("results page, statements by class size: %s%n", statements);
    }

    /**
     * A class in the middle of the quiz: student i has answered i % 10 questions (and typed a
     * blank into one more, which is no answer), every other one has handed in.
     */
    private QuizCard classAtWork(int size) {
        String hash = passwords.encode("budget-password");
        QuizCard quiz = publishedByTeacher(tenQuestions("At work, " + size, 600));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            rows.add(new Object[] {"work" + size + "." + i, "Worker " + i, hash,
                    java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)});
        }
        jdbc.batchUpdate("insert into app_user (username, display_name, password_hash, role, created_at)"
                + " values (?, ?, ?, 'STUDENT', ?)", rows);
        for (int i = 0; i < size; i++) {
            login("work" + size + "." + i, "STUDENT");
            AttemptSheet attempt = join(quiz);
            for (int q = 0; q < i % QUESTIONS; q++) {
                answer(attempt, q, "params", String.valueOf(100 + q));
            }
            answer(attempt, QUESTIONS - 1, "params", "   ");
            if (i % 2 == 1) {
                taking.submit(attempt.id());
            }
        }
        return quiz;
    }

    @Test
    void aClassOfThirtyAtWorkCostsTheSameStatementsAsAClassOfThreeWithEveryonesProgress() {
        Map<Integer, Integer> statements = new LinkedHashMap<>();
        for (int size : new int[] {3, 30}) {
            QuizCard quiz = classAtWork(size);
            login("teacher", "TEACHER");
            UI.getCurrent().navigate("");
            Cost opening = cost(() -> UI.getCurrent().navigate("quiz-results",
                    QueryParameters.of("id", String.valueOf(quiz.id()))));
            StudentGrid grid = _get(QuizResultsView.class).students;
            assertThat(GridKt._size(grid)).isEqualTo(size);
            for (int i = 0; i < size; i++) {
                QuizResultsService.StudentResult row = GridKt._get(grid, i);
                int student = Integer.parseInt(row.username().substring(row.username().indexOf('.') + 1));
                assertThat(grid.progress(row)).as(row.username())
                        .isEqualTo((student % QUESTIONS) + " of " + QUESTIONS + " answered");
                assertThat(grid.state(row)).isEqualTo(student % 2 == 1 ? "Handed in" : "In progress, 10 h 0 min left");
            }
            assertThat(opening.jdbc().writes()).isEmpty();
            // as above: 6 for the results, 2 for the Moodle field
            assertThat(opening.jdbc().count()).as("%d at work: %s", size, opening.jdbc()).isLessThanOrEqualTo(8);
            statements.put(size, opening.jdbc().count());

            Cost poll = cost(() -> ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true)));
            assertThat(poll.jdbc().count()).as("a poll: %s", poll.jdbc()).isEqualTo(1);
        }
        assertThat(statements.get(30)).as("30 students cost what 3 do").isEqualTo(statements.get(3));
    }

    @Test
    void oneAutosaveCostsAtMostThreeStatements() {
        QuizCard quiz = publishedByTeacher(tenQuestions("Autosave budget", 600));
        loginAs("budget.saver", "STUDENT");
        AttemptSheet attempt = join(quiz);
        UI.getCurrent().navigate("quiz-attempt", QueryParameters.of("id", String.valueOf(attempt.id())));
        QuizAttemptView view = _get(QuizAttemptView.class);
        AnswerField field = _find(view.questions, AnswerField.class).get(3);

        Cost first = cost(() -> type(field, "2800"));
        Cost again = cost(() -> type(field, "2801"));

        assertThat(shown(view.status)).isEqualTo(t("quiz.saved"));
        assertThat(taking.sheet(attempt.id()).questions().get(3).typed()).containsEntry("params", "2801");
        for (Cost save : List.of(first, again)) {
            if (durable.needed()) {
                assertThat(save.jdbc().statements()).as("acknowledged once synced to the disk")
                        .last().isEqualTo("CHECKPOINT SYNC");
            } else {
                // PostgreSQL: its own synchronous commit makes the save durable, no statement of Stride's
                assertThat(save.jdbc().statements()).noneMatch(sql -> sql.startsWith("CHECKPOINT"));
            }
            assertThat(save.jdbc().count()).as("%s", save.jdbc()).isLessThanOrEqualTo(3);
            assertThat(save.hibernate()).isLessThanOrEqualTo(3);
        }
        System.out.printf("one autosave: %d statements (first save of a field), %d (later)%n", first.jdbc().count(),
                again.jdbc().count());
    }

    @Test
    void joiningATenQuestionQuizCostsAtMostFiveStatementsAndOpeningItOne() {
        QuizCard quiz = publishedByTeacher(tenQuestions("Join budget", 600));
        loginAs("budget.joiner", "STUDENT");
        UI.getCurrent().navigate("join");
        long[] attempt = new long[1];

        Cost joining = cost(() -> attempt[0] = taking.join(quiz.joinCode()));
        Cost opening = cost(() -> UI.getCurrent().navigate("quiz-attempt",
                QueryParameters.of("id", String.valueOf(attempt[0]))));

        assertThat(_find(_get(QuizAttemptView.class).questions, AnswerField.class)).hasSize(QUESTIONS);
        assertThat(joining.jdbc().count()).as("%s", joining.jdbc()).isLessThanOrEqualTo(5);
        assertThat(joining.hibernate()).isLessThanOrEqualTo(5);
        assertThat(opening.jdbc().count()).as("%s", opening.jdbc()).isLessThanOrEqualTo(1);
        System.out.printf("joining a quiz of %d questions: %d statements; opening the attempt: %d%n", QUESTIONS,
                joining.jdbc().count(), opening.jdbc().count());
    }

    @Test
    void theQuizListOfTenQuizzesCostsAtMostFourStatements() {
        loginAs("budget.lister", "TEACHER");
        for (int i = 0; i < 10; i++) {
            QuizCard quiz = quizzes.create(tenQuestions("Listed " + i, 600));
            if (i % 3 == 0) {
                quizzes.publish(quiz.id());
            }
        }
        UI.getCurrent().navigate("");

        Cost listing = cost(() -> UI.getCurrent().navigate("quizzes"));

        assertThat(_get(QuizzesView.class).list.getElement().getTextRecursively()).contains("Listed 0").contains("Listed 9");
        assertThat(listing.jdbc().count()).as("%s", listing.jdbc()).isLessThanOrEqualTo(4);
        assertThat(listing.hibernate()).isLessThanOrEqualTo(4);
        System.out.printf("quiz list of 10 quizzes: %d statements%n", listing.jdbc().count());
    }

    @Test
    void readingAnAttemptWhoseTimeRanOutChangesNothingUntilItIsHandedInOnPurpose() {
        QuizCard quiz = publishedByTeacher(tenQuestions("Read only", 1));
        loginAs("budget.reader", "STUDENT");
        AttemptSheet attempt = join(quiz);
        answer(attempt, 0, "params", "12");
        clock.advance(Duration.ofMinutes(2));

        Cost studentReads = cost(() -> {
            assertThat(taking.sheet(attempt.id()).timeUp()).isTrue();
            taking.mine();
            taking.about(quiz.joinCode());
        });
        login("teacher", "TEACHER");
        QuizResultsService results = context.getBean(QuizResultsService.class);
        Cost teacherReads = cost(() -> {
            results.results(quiz.id());
            results.attempt(attempt.id());
            assertThat(results.mark(quiz.id()).overdue()).isEqualTo(1);
        });

        assertThat(studentReads.jdbc().writes()).as("%s", studentReads.jdbc()).isEmpty();
        assertThat(teacherReads.jdbc().writes()).as("%s", teacherReads.jdbc()).isEmpty();
        assertThat(results.handInOverdue(quiz.id())).isEqualTo(1);
        assertThat(results.attempt(attempt.id()).attempt().autoSubmitted()).isTrue();
    }
}
