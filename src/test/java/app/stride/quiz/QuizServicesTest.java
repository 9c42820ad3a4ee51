package app.stride.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.MutableClock;
import app.stride.StrideTest;
import app.stride.account.AccountService;
import app.stride.exercise.Exercise;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Quizzes with a clock the test moves: time limits, late submissions, attempts, ownership. */
@StrideTest
class QuizServicesTest {

    @Autowired
    QuizService quizzes;
    @Autowired
    QuizTakingService taking;
    @Autowired
    AccountService accounts;
    @Autowired
    MutableClock clock;

    private static void as(String username, String role) {
        SignedIn.as(username, role);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static QuizSettings settings(int minutes, int attempts, boolean same) {
        return new QuizSettings("Conv parameters", List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 2),
                new QuizSettings.Item("concepts", null, 1, 1)), false, minutes, null, null, attempts, same,
                FeedbackPolicy.AFTER_SUBMIT);
    }

    private String student(String name) {
        if (!accounts.exists(name)) {
            accounts.register(name, name, "unused-secret-pw");
        }
        return name;
    }

    private AttemptSheet join(String code) {
        return taking.sheet(taking.join(code));
    }

    /** Saves as a tab that is up to date does. */
    private QuizTakingService.Saved save(AttemptSheet attempt, int question, String part, String typed) {
        return taking.save(attempt.id(), taking.sheet(attempt.id()).version(), attempt.questions().get(question).id(),
                part, typed);
    }

    private String key(AttemptSheet.Question q, String part) {
        return taking.exercise(q).expected(part).number().toPlainString();
    }

    @Test
    void aTeacherPublishesAndAStudentAnswersAndSubmitsInTime() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(settings(30, 1, false)).id());
        assertThat(quiz.joinCode()).matches("[A-Z2-9]{6}");

        as(student("quiz.anna"), "STUDENT");
        AttemptSheet attempt = join(quiz.joinCode().toLowerCase());
        assertThat(attempt.questions()).hasSize(3);
        assertThat(attempt.deadline()).isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));

        AttemptSheet.Question first = attempt.questions().get(0);
        QuizTakingService.Saved saved = save(attempt, 0, "params", key(first, "params"));
        assertThat(saved.changedElsewhere()).isFalse();
        assertThat(saved.version()).isEqualTo(attempt.version() + 1);
        // the answer survives: joining again resumes the same attempt with it
        AttemptSheet resumed = join(quiz.joinCode());
        assertThat(resumed.id()).isEqualTo(attempt.id());
        assertThat(resumed.questions().get(0).typed()).containsKey("params");

        clock.advance(Duration.ofMinutes(10));
        AttemptSheet done = taking.submit(attempt.id());
        assertThat(done.submitted()).isTrue();
        assertThat(done.autoSubmitted()).isFalse();
        assertThat(done.questions().get(0).score()).isEqualTo(1.0);
        assertThat(done.score()).isEqualTo(1.0 / 3);
        assertThatThrownBy(() -> taking.join(quiz.joinCode()))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("quiz.error.noattempts"));
    }

    @Test
    void aNulInAnAnswerIsKeptAsAReplacementCharacterOnEveryDatabase() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(settings(30, 1, false)).id());
        as(student("quiz.nul"), "STUDENT");
        AttemptSheet attempt = join(quiz.joinCode());

        save(attempt, 0, "params", "12\u00003");

        // PostgreSQL refuses a NUL in text; the answer is kept, the same on H2
        assertThat(taking.sheet(attempt.id()).questions().get(0).typed()).containsEntry("params", "12\uFFFD3");
    }

    @Test
    void withImmediateFeedbackACheckedQuestionIsGradedAndItsAnswerFixedWhileOthersStayOpen() {
        as("teacher", "TEACHER");
        QuizSettings immediate = new QuizSettings("Immediate", List.of(new QuizSettings.Item("conv-params",
                "conv-params-rgb", null, 2)), false, 30, null, null, 1, false, FeedbackPolicy.IMMEDIATE);
        QuizCard quiz = quizzes.publish(quizzes.create(immediate).id());
        as(student("quiz.dirk"), "STUDENT");
        AttemptSheet attempt = join(quiz.joinCode());
        String key = key(attempt.questions().get(0), "params");
        save(attempt, 0, "params", key);

        AttemptSheet checked = taking.check(attempt.id(), attempt.questions().get(0).id());
        assertThat(checked.submitted()).isFalse();
        assertThat(checked.questions().get(0).score()).isEqualTo(1.0);
        assertThat(checked.questions().get(1).score()).isNull();
        assertThatThrownBy(() -> save(attempt, 0, "params", "1"))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("quiz.error.checked"));
        save(attempt, 1, "params", "1");

        AttemptSheet done = taking.submit(attempt.id());
        assertThat(done.questions().get(0).typed()).containsEntry("params", key);
        assertThat(done.score()).isEqualTo(0.5);
    }

    @Test
    void aQuizWithoutImmediateFeedbackRefusesToCheckBeforeHandingIn() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(settings(30, 1, false)).id());
        as(student("quiz.eva"), "STUDENT");
        AttemptSheet attempt = join(quiz.joinCode());
        assertThatThrownBy(() -> taking.check(attempt.id(), attempt.questions().get(0).id()))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("quiz.error.noCheck"));
    }

    @Test
    void atTheTimeLimitTheAttemptIsSubmittedAndLateWorkIsRefused() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(settings(5, 2, true)).id());
        as(student("quiz.bram"), "STUDENT");
        AttemptSheet attempt = join(quiz.joinCode());
        save(attempt, 0, "params", "1");

        clock.advance(Duration.ofMinutes(5).plus(QuizSubmission.GRACE).plusSeconds(1));
        assertThatThrownBy(() -> save(attempt, 0, "params", "2"))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("quiz.error.over"));
        assertThat(taking.sheet(attempt.id()).timeUp()).as("due to be handed in").isTrue();
        assertThatThrownBy(() -> taking.submit(attempt.id()))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("quiz.error.late"));
        AttemptSheet after = taking.sheet(attempt.id());
        assertThat(after.autoSubmitted()).isTrue();
        assertThat(after.submittedAt()).isEqualTo(after.deadline());
        assertThat(after.questions().get(0).typed()).containsEntry("params", "1");

        // a second attempt is allowed, with new numbers: the review of the first showed its keys
        AttemptSheet second = join(quiz.joinCode());
        assertThat(second.id()).isNotEqualTo(attempt.id());
        assertThat(second.questions().get(0).seed()).isNotEqualTo(attempt.questions().get(0).seed());
    }

    @Test
    void anAnswerSentInTheGraceAfterTheDeadlineIsTakenAndGraded() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(settings(5, 1, false)).id());
        as(student("quiz.gijs"), "STUDENT");
        AttemptSheet attempt = join(quiz.joinCode());

        // the last answer left the browser at the deadline and arrives a moment after it
        clock.advance(Duration.ofMinutes(5).plus(QuizSubmission.GRACE).minusSeconds(1));
        save(attempt, 0, "params", key(attempt.questions().get(0), "params"));
        AttemptSheet done = taking.timeUp(attempt.id());

        assertThat(done.submitted()).isTrue();
        assertThat(done.submittedAt()).isEqualTo(done.deadline());
        assertThat(done.questions().get(0).score()).isEqualTo(1.0);
    }

    @Test
    void theBrowsersCountdownHandsInOnlyWhenTheServersClockSaysTheTimeIsUp() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(settings(5, 1, false)).id());
        as(student("quiz.otto"), "STUDENT");
        AttemptSheet attempt = join(quiz.joinCode());
        assertThat(attempt.timeLeft()).isEqualTo(Duration.ofMinutes(5));

        // a browser whose clock runs a minute ahead says "time is up" too early: nothing happens
        clock.advance(Duration.ofMinutes(4));
        assertThat(taking.timeUp(attempt.id()).submitted()).isFalse();
        assertThat(taking.sheet(attempt.id()).timeLeft()).isEqualTo(Duration.ofMinutes(1));
        save(attempt, 0, "params", "42");

        clock.advance(Duration.ofMinutes(1));
        AttemptSheet done = taking.timeUp(attempt.id());
        assertThat(done.submitted()).isTrue();
        assertThat(done.autoSubmitted()).isTrue();
        assertThat(done.submittedAt()).isEqualTo(done.deadline());
        assertThat(done.questions().get(0).typed()).containsEntry("params", "42");
        assertThat(done.timeLeft()).isZero();
    }

    @Test
    void onlyTeachersBuildQuizzesAndOnlyTheirOwn() {
        as(student("quiz.carl"), "STUDENT");
        assertThatThrownBy(() -> quizzes.create(settings(10, 1, false))).isInstanceOf(AccessDeniedException.class);

        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.create(settings(10, 1, false));
        if (!accounts.exists("teacher2")) {
            accounts.register("teacher2", "Second Teacher", "second-teacher-secret");
        }
        as("teacher2", "TEACHER");
        assertThatThrownBy(() -> quizzes.publish(quiz.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.update(quiz.id(), settings(20, 1, false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherStudentsAttemptIsRefused() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(settings(10, 1, false)).id());
        as(student("quiz.dora"), "STUDENT");
        AttemptSheet mine = join(quiz.joinCode());
        as(student("quiz.eric"), "STUDENT");
        assertThatThrownBy(() -> taking.sheet(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> taking.save(mine.id(), mine.version(), mine.questions().get(0).id(), "params", "1"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> taking.submit(mine.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badSettingsNameTheField() {
        as("teacher", "TEACHER");
        assertThatThrownBy(() -> quizzes.create(new QuizSettings(" ", List.of(), false, 10, null, null, 1, false,
                FeedbackPolicy.IMMEDIATE))).isInstanceOfSatisfying(QuizInputException.class,
                e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> quizzes.create(new QuizSettings("x", List.of(new QuizSettings.Item("nope", null, null, 1)),
                false, 10, null, null, 1, false, FeedbackPolicy.IMMEDIATE)))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.field()).isEqualTo("items"));
        Instant now = clock.instant();
        assertThatThrownBy(() -> quizzes.create(new QuizSettings("x", List.of(new QuizSettings.Item("iou", null, null, 1)),
                false, 10, now.plusSeconds(60), now, 1, false, FeedbackPolicy.IMMEDIATE)))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.field()).isEqualTo("closesAt"));
        assertThatThrownBy(() -> quizzes.create(new QuizSettings("x", List.of(new QuizSettings.Item("iou", null, null, 1)),
                false, 10, null, now.minusSeconds(1), 1, false, FeedbackPolicy.IMMEDIATE)))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("quiz.error.window.past"));
        assertThatThrownBy(() -> quizzes.create(new QuizSettings("x", List.of(new QuizSettings.Item("iou", null, null, 1)),
                false, 10, null, null, 1, false, FeedbackPolicy.AFTER_CLOSE)))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("quiz.error.feedback.close"));
    }

    @Test
    void aCopyWhoseWindowHasPassedIsNotPublishedUntilItGetsANewOne() {
        as("teacher", "TEACHER");
        Instant now = clock.instant();
        QuizSettings lastWeek = new QuizSettings("Last week", List.of(new QuizSettings.Item("iou", null, null, 1)), false,
                10, null, now.plus(Duration.ofHours(1)), 1, false, FeedbackPolicy.AFTER_SUBMIT);
        QuizCard quiz = quizzes.create(lastWeek);
        clock.advance(Duration.ofHours(2));
        QuizCard copy = quizzes.duplicate(quiz.id());
        assertThatThrownBy(() -> quizzes.publish(copy.id()))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.field()).isEqualTo("closesAt"));
        QuizSettings thisWeek = new QuizSettings("This week", lastWeek.items(), false, 10, null,
                clock.instant().plus(Duration.ofHours(1)), 1, false, FeedbackPolicy.AFTER_SUBMIT);
        quizzes.update(copy.id(), thisWeek);
        assertThat(quizzes.publish(copy.id()).joinCode()).isNotNull();
    }

    @Test
    void aQuizNotYetOpenRefusesStudentsAndStaysEditable() {
        as("teacher", "TEACHER");
        Instant now = clock.instant();
        QuizSettings later = new QuizSettings("Later", List.of(new QuizSettings.Item("iou", null, null, 1)), true, 10,
                now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)), 1, false, FeedbackPolicy.AFTER_CLOSE);
        QuizCard quiz = quizzes.publish(quizzes.create(later).id());
        assertThat(quizzes.update(quiz.id(), later).title()).isEqualTo("Later");
        QuizCard copy = quizzes.duplicate(quiz.id());
        assertThat(copy.status()).isEqualTo(QuizStatus.DRAFT);
        assertThat(copy.items()).hasSize(1);
        as(student("quiz.fien"), "STUDENT");
        assertThatThrownBy(() -> taking.join(quiz.joinCode()))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("quiz.error.closed"));
    }

    @Autowired
    QuizResultsService results;
    @Autowired
    MoodleExport moodle;

    @Test
    void theTeacherSeesScoresItemStatisticsCsvAndMoodleXml() throws Exception {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(new QuizSettings("Params", List.of(
                new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false, 30, null, null, 1, true,
                FeedbackPolicy.AFTER_SUBMIT)).id());
        String[] names = {"quiz.g1", "quiz.g2", "quiz.g3", "quiz.g4"};
        for (int i = 0; i < names.length; i++) {
            as(student(names[i]), "STUDENT");
            AttemptSheet a = join(quiz.joinCode());
            Exercise e = taking.exercise(a.questions().get(0));
            long right = e.expected("params").number().longValueExact();
            int k = (Integer) e.params().get("kernel");
            int f = (Integer) e.params().get("filters");
            // two right, two forgetting the bias
            save(a, 0, "params", String.valueOf(i < 2 ? right : (long) k * k * 3 * f));
            taking.submit(a.id());
        }
        as("teacher", "TEACHER");
        QuizResultsService.Results r = results.results(quiz.id());
        assertThat(r.students()).hasSize(4).allMatch(QuizResultsService.StudentResult::submitted);
        assertThat(r.students()).extracting(QuizResultsService.StudentResult::score)
                .containsExactlyInAnyOrder(1.0, 1.0, 0.0, 0.0);
        QuizResultsService.QuestionStats stats = r.questions().get(0);
        assertThat(stats.answered()).isEqualTo(4);
        assertThat(stats.meanScore()).isEqualTo(0.5);
        assertThat(stats.discrimination()).as("four answers say little about a question").isNull();
        assertThat(stats.mistakes()).containsEntry("forgot-bias", 2L);

        String csv = new String(results.csv(quiz.id()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(5).first().isEqualTo("\uFEFFusername,name,attempt,started,handed_in,"
                + "seconds_used,automatically,score,best,last,q1 conv-params-rgb");
        // handed in the moment it started (the test's clock stands still): 0 seconds used
        assertThat(csv).contains("quiz.g1,quiz.g1,1,").contains(",0,false,1.0000,1.0000,1.0000,1.0000\r\n")
                .contains(",0,false,0.0000,0.0000,0.0000,0.0000\r\n");

        String xml = moodle.export(quiz.id(), 3, java.util.Locale.ENGLISH);
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("question").getLength()).as("the quiz's category, its line's, 3 variants")
                .isEqualTo(2 + 3);
        assertThat(xml).contains("type=\"numerical\"").contains("<tolerance>0</tolerance>");
        // each question carries its worked solution, which Moodle shows after an attempt
        assertThat(doc.getElementsByTagName("generalfeedback").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("generalfeedback").item(0).getTextContent())
                .contains("weights and one bias").containsPattern("<code>\\((3·3|5·5)·3 \\+ 1\\)·");
        // a teacher asks how many variants; nonsense is refused, not built
        assertThat(moodle.export(quiz.id(), 7, java.util.Locale.ENGLISH).split("<question type=\"numerical\">", -1))
                .hasSize(1 + 7);
        for (int bad : new int[] {0, -1, MoodleExport.MAX_VARIANTS + 1}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> moodle.export(quiz.id(), bad, java.util.Locale.ENGLISH))
                    .isInstanceOf(QuizInputException.class);
        }
    }

    @Test
    void moodleShufflesAConceptQuestionsOptionsAndTheFileDoesNotListTheRightOneFirst() throws Exception {
        as("teacher", "TEACHER");
        // a line of the whole concepts topic: its 30 variants are 30 different concept questions
        QuizCard quiz = quizzes.create(new QuizSettings("Concepts for Moodle", List.of(
                new QuizSettings.Item("concepts", null, null, 1)), false, 30, null, null, 1, true,
                FeedbackPolicy.AFTER_SUBMIT));
        String xml = moodle.export(quiz.id(), 30, java.util.Locale.ENGLISH);
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var questions = doc.getElementsByTagName("question");
        java.util.Set<Integer> rightAt = new java.util.HashSet<>();
        java.util.Set<String> texts = new java.util.HashSet<>();
        int multichoice = 0;
        for (int i = 0; i < questions.getLength(); i++) {
            var q = (org.w3c.dom.Element) questions.item(i);
            if (!"multichoice".equals(q.getAttribute("type"))) {
                continue;
            }
            multichoice++;
            texts.add(q.getElementsByTagName("questiontext").item(0).getTextContent());
            assertThat(q.getElementsByTagName("shuffleanswers").item(0).getTextContent()).isEqualTo("1");
            var answers = q.getElementsByTagName("answer");
            for (int a = 0; a < answers.getLength(); a++) {
                if ("100".equals(((org.w3c.dom.Element) answers.item(a)).getAttribute("fraction"))) {
                    rightAt.add(a);
                }
            }
        }
        assertThat(multichoice).isEqualTo(30);
        assertThat(texts).as("no concept twice").hasSize(30);
        // written in each variant's shuffled order: over 30 variants the right option stands in every place
        assertThat(rightAt).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void oneConceptHasOneVersionAndTheTeacherIsToldSo() throws Exception {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.create(new QuizSettings("One concept", List.of(
                new QuizSettings.Item("concepts", "concept-pooling-params", null, 1)), false, 30, null, null, 1, true,
                FeedbackPolicy.AFTER_SUBMIT));
        MoodleExport.Export export = moodle.build(quiz.id(), 30, java.util.Locale.ENGLISH);
        assertThat(export.xml().split("<question type=\"multichoice\">", -1)).as("one question, not 30 copies")
                .hasSize(2);
        assertThat(export.shortfalls()).containsExactly(new MoodleExport.Shortfall("q1 concept-pooling-params", 1, 30));
    }

    @Test
    void aStudentFindsTheirAttemptsAgainAndTheScoreOnlyWhenThePolicyShowsIt() {
        as("teacher", "TEACHER");
        Instant closes = clock.instant().plus(Duration.ofHours(2));
        QuizCard later = quizzes.publish(quizzes.create(new QuizSettings("Feedback after closing",
                List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false, 30, null, closes, 1,
                false, FeedbackPolicy.AFTER_CLOSE)).id());
        QuizCard timed = quizzes.publish(quizzes.create(settings(10, 1, false)).id());

        as(student("quiz.mila"), "STUDENT");
        AttemptSheet first = join(later.joinCode());
        save(first, 0, "params", key(first.questions().get(0), "params"));
        taking.submit(first.id());
        clock.advance(Duration.ofMinutes(1));
        AttemptSheet second = join(timed.joinCode());

        assertThat(taking.mine()).extracting(a -> a.attemptId() + " " + a.quizTitle() + " " + a.state() + " " + a.score())
                .containsExactly(second.id() + " Conv parameters IN_PROGRESS null",
                        first.id() + " Feedback after closing HANDED_IN null");

        // the timed one runs out; the other quiz closes: listing changes nothing, the explicit step hands in
        clock.advance(Duration.ofHours(3));
        assertThat(taking.mine()).extracting(a -> a.state() + " " + a.score())
                .containsExactly("IN_PROGRESS null", "REVIEW 1.0");
        assertThat(taking.handInOverdue()).isEqualTo(1);
        assertThat(taking.mine()).extracting(a -> a.state() + " " + a.score())
                .containsExactly("REVIEW 0.0", "REVIEW 1.0");
        assertThat(taking.sheet(second.id()).autoSubmitted()).isTrue();
        assertThat(taking.handInOverdue()).as("once").isZero();

        as(student("quiz.nina"), "STUDENT");
        assertThat(taking.mine()).as("only one's own attempts").isEmpty();
    }

    @Test
    void theCsvHasOneColumnPerSlotWithTheSameQuestionForEveryStudentOfAShuffledQuiz() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(new QuizSettings("Week 3: conv layers", List.of(
                new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1),
                new QuizSettings.Item("concepts", "concept-pooling-params", null, 1)), true, 30, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT)).id());
        // students until two had the questions in different orders
        java.util.Set<String> orders = new java.util.HashSet<>();
        int students = 0;
        while (orders.size() < 2 && students < 40) {
            as(student("slot.s" + students++), "STUDENT");
            AttemptSheet a = join(quiz.joinCode());
            orders.add(a.questions().get(0).templateId());
            for (int q = 0; q < 2; q++) {
                AttemptSheet.Question question = a.questions().get(q);
                // the conv question right, the pooling question wrong ("four" parameters)
                save(a, q, question.templateId().equals("conv-params-rgb") ? "params" : "answer",
                        question.templateId().equals("conv-params-rgb") ? key(question, "params") : "four");
            }
            taking.submit(a.id());
        }
        assertThat(orders).as("shuffled: both questions came first for someone").hasSize(2);

        as("teacher", "TEACHER");
        List<String> lines = new String(results.csv(quiz.id()), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).endsWith(",score,best,last,q1 conv-params-rgb,q2 concept-pooling-params");
        assertThat(lines).hasSize(1 + students);
        for (String row : lines.subList(1, lines.size())) {
            assertThat(row).as("every student's conv score under q1, the pooling one under q2")
                    .endsWith(",0.5000,0.5000,1.0000,0.0000");
        }
    }

    @Test
    void anExportIsNamedByItsQuizAndTheDay() {
        assertThat(ExportNames.of("Week 3: conv layers", java.time.LocalDate.of(2026, 12, 2), "csv"))
                .isEqualTo("week-3-conv-layers-2026-12-02.csv");
        assertThat(ExportNames.of("Één toets — déjà vu", java.time.LocalDate.of(2026, 1, 5), "xml"))
                .isEqualTo("een-toets-deja-vu-2026-01-05.xml");
        assertThat(ExportNames.of("???", java.time.LocalDate.of(2026, 1, 5), "csv")).isEqualTo("quiz-2026-01-05.csv");
    }

    @Autowired
    QuizDeadlines deadlines;
    @Autowired
    QuizAttemptRepository attemptRows;

    @Test
    void anAttemptLeftOpenIsHandedInAtItsDeadlineWithoutTheStudent() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(settings(10, 1, false)).id());
        as(student("quiz.pim"), "STUDENT");
        AttemptSheet attempt = join(quiz.joinCode());
        save(attempt, 0, "params", key(attempt.questions().get(0), "params"));
        // the laptop closes; the time runs out; the teacher opens the results, whose page hands it in first
        clock.advance(Duration.ofMinutes(11));
        as("teacher", "TEACHER");
        assertThat(results.mark(quiz.id()).overdue()).isEqualTo(1);
        assertThat(results.results(quiz.id()).students()).filteredOn(s -> s.username().equals("quiz.pim"))
                .singleElement().satisfies(s -> assertThat(s.submitted()).as("reading changes nothing").isFalse());
        assertThat(results.handInOverdue(quiz.id())).isEqualTo(1);
        assertThat(results.mark(quiz.id()).overdue()).isZero();
        QuizResultsService.StudentResult pim = results.results(quiz.id()).students().stream()
                .filter(s -> s.username().equals("quiz.pim")).findFirst().orElseThrow();
        assertThat(pim.submitted()).isTrue();
        assertThat(pim.autoSubmitted()).isTrue();
        assertThat(pim.score()).isEqualTo(1.0 / 3);
        // handed in by its deadline, 10 minutes after it started: the first slot right, the other two blank
        assertThat(new String(results.csv(quiz.id()), java.nio.charset.StandardCharsets.UTF_8))
                .contains("quiz.pim,quiz.pim,1,").contains(",600,true,0.3333,0.3333,0.3333,1.0000,0.0000,0.0000\r\n");

        as(student("quiz.pia"), "STUDENT");
        AttemptSheet other = join(quiz.joinCode());
        clock.advance(Duration.ofMinutes(11));
        as("teacher", "TEACHER");
        assertThat(results.attempt(other.id()).attempt().timeUp()).as("due, and not handed in by reading it").isTrue();
    }

    @Test
    void theTimedSweepHandsInAnAbandonedMockExamAsItsStudentsPractice() {
        as(student("quiz.roos"), "STUDENT");
        long before = progress.mine().totalAttempts();
        AttemptSheet exam = taking.sheet(taking.startExam().attemptId());
        AttemptSheet.Question first = exam.questions().get(0);
        for (var part : taking.exercise(first).template().parts()) {
            save(exam, 0, part.id(), key(first, part.id()));
        }
        // other tests leave attempts open too, so this one is looked at by itself
        SecurityContextHolder.clearContext();
        clock.advance(Duration.ofMinutes(59));
        deadlines.sweep();
        assertThat(attemptRows.findById(exam.id()).orElseThrow().isSubmitted()).as("not before the hour is over")
                .isFalse();

        clock.advance(Duration.ofMinutes(2));
        assertThat(deadlines.sweep()).isPositive();
        assertThat(attemptRows.findById(exam.id()).orElseThrow().isSubmitted()).isTrue();
        as("quiz.roos", "STUDENT");
        AttemptSheet handedIn = taking.sheet(exam.id());
        assertThat(handedIn.autoSubmitted()).isTrue();
        assertThat(handedIn.questions().get(0).score()).isEqualTo(1.0);
        assertThat(progress.mine().totalAttempts()).as("every exam question counts as the student's practice")
                .isEqualTo(before + QuizTakingService.EXAM_FAMILIES.size());
    }

    @Test
    void aQuestionOfSeveralPartsIsOneEmbeddedAnswersQuestionPerVariantInMoodle() throws Exception {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.create(new QuizSettings("Boxes", List.of(
                new QuizSettings.Item("iou", "iou-pixels", null, 1),
                new QuizSettings.Item("nms", "nms-steps", null, 1)), false, 20, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT));
        String xml = moodle.export(quiz.id(), 4, java.util.Locale.ENGLISH);
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var questions = doc.getElementsByTagName("question");
        int cloze = 0;
        for (int i = 0; i < questions.getLength(); i++) {
            var q = (org.w3c.dom.Element) questions.item(i);
            if (q.getAttribute("type").equals("cloze")) {
                cloze++;
                String text = q.getElementsByTagName("questiontext").item(0).getTextContent();
                String name = q.getElementsByTagName("name").item(0).getTextContent();
                int blanks = text.split("\\{1:", -1).length - 1;
                assertThat(blanks).as(name).isEqualTo(name.startsWith("iou-pixels") ? 3 : 4);
            }
        }
        assertThat(questions.getLength()).as("the quiz's category, one per line, then one question per variant")
                .isEqualTo(1 + 2 + 2 * 4);
        assertThat(cloze).isEqualTo(2 * 4);
        // a list's right answer may come after the 0 % guards (MoodleExport): somewhere in the field
        assertThat(xml).contains(":NUMERICAL:=").containsPattern("\\{1:SHORTANSWER:([^}~]*~)*=");
        assertThat(doc.getElementsByTagName("generalfeedback").getLength()).isEqualTo(2 * 4);
    }

    @Test
    void aTeacherTryingTheirOwnQuizIsListedByName() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(settings(10, 1, false)).id());
        taking.join(quiz.joinCode());
        assertThat(results.results(quiz.id()).students()).extracting(QuizResultsService.StudentResult::username)
                .containsExactly("teacher");
    }

    @Test
    void csvCellsCannotBecomeFormulas() {
        assertThat(Csv.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        // a bare carriage return stays inside its quoted cell: no new row
        assertThat(Csv.cell("Bob\r=cmd|' /C calc'!A0")).isEqualTo("\"Bob\r=cmd|' /C calc'!A0\"");
    }

    @Test
    void theCsvAndMoodleCleanTheSameCharacters() {
        // a zero-width no-break space hid in a CSV cell; Moodle kept the bidi marks and the Arabic letter mark
        assertThat(Csv.cell("Bo\uFEFFb")).isEqualTo("Bo\uFFFDb");
        assertThat(MoodleExport.escape("a\u200Eb\u200Fc\u061Cd")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(MoodleExport.escape("x\u0000\uFFFE<\u202E")).isEqualTo("x\uFFFD\uFFFD&lt;\uFFFD");
        assertThat(MoodleExport.escape("line\nbreak\ttab")).isEqualTo("line\nbreak\ttab");
    }

    @Autowired
    app.stride.practice.ProgressService progress;

    @Test
    void aStudentHasOneMockExamRunningAtATime() {
        as(student("quiz.eager"), "STUDENT");
        QuizTakingService.ExamStart first = taking.startExam();
        assertThat(first.resumed()).isFalse();
        // thirty presses in a row, as the attack did: the same exam every time
        for (int i = 0; i < 30; i++) {
            assertThat(taking.startExam()).isEqualTo(new QuizTakingService.ExamStart(first.attemptId(), true));
        }
        assertThat(taking.mine()).filteredOn(QuizTakingService.MyAttempt::exam).hasSize(1);

        taking.submit(first.attemptId());
        clock.advance(QuizTakingService.EXAM_PACE);
        QuizTakingService.ExamStart second = taking.startExam();
        assertThat(second.resumed()).as("handed in: the next one is new").isFalse();
        assertThat(second.attemptId()).isNotEqualTo(first.attemptId());

        clock.advance(Duration.ofMinutes(QuizTakingService.EXAM_MINUTES + 1));
        QuizTakingService.ExamStart third = taking.startExam();
        assertThat(third.resumed()).as("its hour is over: the next one is new").isFalse();
        assertThat(third.attemptId()).isNotEqualTo(second.attemptId());
        assertThat(taking.sheet(second.attemptId()).timeUp()).isTrue();
    }

    @Test
    void startAndHandInInALoopStartsOneNewMockExamAMinute() {
        as(student("quiz.looper"), "STUDENT");
        QuizTakingService.ExamStart first = taking.startExam();
        taking.submit(first.attemptId());
        clock.advance(Duration.ofSeconds(20));
        // the attack's loop: start, hand in at once, start again; each new exam is a quiz saved for good
        assertThatThrownBy(taking::startExam).isInstanceOfSatisfying(ExamPaceException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("exam.error.wait");
            assertThat(e.waitSeconds()).isEqualTo(40);
        });
        clock.advance(Duration.ofMillis(39_500));
        assertThatThrownBy(taking::startExam).isInstanceOfSatisfying(ExamPaceException.class,
                e -> assertThat(e.waitSeconds()).as("half a second left is said as one").isEqualTo(1));
        assertThat(taking.mine()).filteredOn(QuizTakingService.MyAttempt::exam).hasSize(1);
        clock.advance(Duration.ofMillis(500));
        QuizTakingService.ExamStart next = taking.startExam();
        assertThat(next.resumed()).isFalse();
        assertThat(taking.mine()).filteredOn(QuizTakingService.MyAttempt::exam).hasSize(2);
        // another student is not held up by this one
        as(student("quiz.neighbour"), "STUDENT");
        assertThat(taking.startExam().resumed()).isFalse();
    }

    @Test
    void theWaitForAMockExamIsSaidInBothLanguages() {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties nl = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("/vaadin-i18n/translations.properties");
             var b = getClass().getResourceAsStream("/vaadin-i18n/translations_nl.properties")) {
            en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            nl.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(new java.text.MessageFormat(en.getProperty("exam.error.wait"), java.util.Locale.ENGLISH).format(new Object[] {40L}))
                .contains("40 seconds");
        assertThat(new java.text.MessageFormat(nl.getProperty("exam.error.wait"), java.util.Locale.forLanguageTag("nl"))
                .format(new Object[] {1L})).contains("1 seconde");
    }

    @Test
    void aQuizAsksAtMostAHundredQuestionsWhateverTheForm() {
        as("teacher", "TEACHER");
        int before = quizzes.mine().size();
        List<List<QuizSettings.Item>> tooMany = List.of(
                java.util.Collections.nCopies(60, new QuizSettings.Item("conv-params", null, null, 50)),
                java.util.Collections.nCopies(3, new QuizSettings.Item("conv-params", null, null, 34)),
                java.util.Collections.nCopies(101, new QuizSettings.Item("conv-params", null, null, 1)),
                java.util.Collections.nCopies(200_000, new QuizSettings.Item("conv-params", null, null, 0)));
        for (List<QuizSettings.Item> items : tooMany) {
            assertThatThrownBy(() -> quizzes.create(new QuizSettings("Huge", items, false, 30, null, null, 1, false,
                    FeedbackPolicy.AFTER_SUBMIT))).isInstanceOfSatisfying(QuizInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("items");
                        assertThat(e.messageKey()).isEqualTo("quiz.error.item.total");
                    });
        }
        QuizCard hundred = quizzes.create(new QuizSettings("Exactly 100", java.util.Collections.nCopies(2,
                new QuizSettings.Item("conv-params", null, null, 50)), false, 30, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT));
        QuizCard draft = quizzes.create(settings(10, 1, false));
        assertThatThrownBy(() -> quizzes.update(draft.id(), new QuizSettings("Grown", java.util.Collections.nCopies(3,
                new QuizSettings.Item("conv-params", null, null, 34)), false, 30, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT))).isInstanceOf(QuizInputException.class);
        assertThat(quizzes.get(draft.id()).items()).as("the refused change left the draft as it was").hasSize(2);
        assertThat(quizzes.mine()).hasSize(before + 2).extracting(QuizCard::id).contains(hundred.id());
    }

    @Test
    void aMockExamIsAnHourOfEveryFamilyAndFeedsMastery() {
        as(student("quiz.hanne"), "STUDENT");
        long before = progress.mine().totalAttempts();
        AttemptSheet exam = taking.sheet(taking.startExam().attemptId());
        assertThat(exam.deadline()).isEqualTo(clock.instant().plus(Duration.ofMinutes(60)));
        assertThat(exam.questions()).hasSize(QuizTakingService.EXAM_FAMILIES.size());
        assertThat(exam.questions()).extracting(q -> taking.exercise(q).template().family())
                .containsExactlyElementsOf(QuizTakingService.EXAM_FAMILIES);
        assertThat(exam.exam()).isTrue();
        assertThat(exam.quizTitle()).isNull();
        assertThat(exam.feedbackVisible()).isFalse();

        AttemptSheet.Question first = exam.questions().get(0);
        for (var part : taking.exercise(first).template().parts()) {
            save(exam, 0, part.id(), key(first, part.id()));
        }
        AttemptSheet done = taking.submit(exam.id());
        assertThat(done.questions().get(0).score()).isEqualTo(1.0);
        assertThat(done.feedbackVisible()).isTrue();
        // every question counts, the ten left blank as wrong: leaving the hard ones blank keeps nothing high
        assertThat(progress.mine().totalAttempts()).isEqualTo(before + QuizTakingService.EXAM_FAMILIES.size());
        assertThat(progress.mine().families()).filteredOn(f -> f.family().equals("conv-output-size"))
                .singleElement().satisfies(f -> assertThat(f.level()).isGreaterThan(0.5));

        as("teacher", "TEACHER");
        assertThat(quizzes.mine()).noneMatch(q -> q.status() == QuizStatus.EXAM);
    }

    private app.stride.practice.ProgressService.FamilyLevel level(String family) {
        return progress.mine().families().stream().filter(f -> f.family().equals(family)).findFirst().orElseThrow();
    }

    @Test
    void aBlankOrUnreadableMockExamAnswerCountsAsWrongInTheScoreAndInMastery() {
        as(student("quiz.blanks"), "STUDENT");
        AttemptSheet exam = taking.sheet(taking.startExam().attemptId());
        // the first question right, the second "abc", the other nine left blank
        AttemptSheet.Question first = exam.questions().get(0);
        for (var part : taking.exercise(first).template().parts()) {
            save(exam, 0, part.id(), key(first, part.id()));
        }
        AttemptSheet.Question second = exam.questions().get(1);
        String secondFamily = taking.exercise(second).template().family();
        save(exam, 1, taking.exercise(second).template().parts().get(0).id(), "abc");
        String thirdFamily = taking.exercise(exam.questions().get(2)).template().family();

        AttemptSheet done = taking.submit(exam.id());
        assertThat(done.score()).isEqualTo(1.0 / 11);
        assertThat(done.questions().get(1).score()).isEqualTo(0.0);
        assertThat(done.questions().get(2).score()).isEqualTo(0.0);
        assertThat(level(secondFamily).attempts()).as("the unreadable answer counts").isEqualTo(1);
        assertThat(level(secondFamily).level()).as("as a wrong one").isLessThan(0.5);
        assertThat(level(thirdFamily).attempts()).as("the blank one counts").isEqualTo(1);
        assertThat(level(thirdFamily).level()).isLessThan(0.5);
    }

    @Test
    void gradedQuizAnswersFeedMasteryOnceAtHandInWithoutBecomingPracticeAttempts() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(new QuizSettings("Feeds mastery", List.of(
                new QuizSettings.Item("fcn", "fcn-dense-to-conv", null, 2)), false, 30, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT)).id());
        as(student("quiz.feeds"), "STUDENT");
        long practised = progress.mine().totalAttempts();
        AttemptSheet attempt = join(quiz.joinCode());
        AttemptSheet.Question first = attempt.questions().get(0);
        for (var part : taking.exercise(first).template().parts()) {
            save(attempt, 0, part.id(), key(first, part.id()));
        }
        // the second left blank: a wrong answer for mastery too
        assertThat(level("fcn").attempts()).isZero();

        taking.submit(attempt.id());
        assertThat(level("fcn").attempts()).as("both graded answers, once").isEqualTo(2);
        // handed in already: the deadline's step and another click change nothing
        clock.advance(Duration.ofMinutes(31));
        taking.timeUp(attempt.id());
        taking.submit(attempt.id());
        assertThat(taking.handInOverdue()).isZero();
        assertThat(level("fcn").attempts()).isEqualTo(2);
        // mastery only: a quiz's questions are no practice attempts one could reopen with their keys
        assertThat(progress.mine().totalAttempts()).isEqualTo(practised);
    }

    private static List<String> drawn(AttemptSheet attempt) {
        return attempt.questions().stream().map(q -> q.templateId() + "#" + q.seed()).toList();
    }

    private static QuizSettings sameNumbers(String title, boolean shuffle, int attempts) {
        return new QuizSettings(title, List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1),
                new QuizSettings.Item("iou", null, null, 1), new QuizSettings.Item("pooling", null, null, 1),
                new QuizSettings.Item("memory", null, null, 1), new QuizSettings.Item("nms", null, null, 1),
                new QuizSettings.Item("resnet", null, null, 1)), shuffle, 30, null, null, attempts, true,
                FeedbackPolicy.AFTER_SUBMIT);
    }

    @Test
    void withSameNumbersForEveryoneShuffleStillGivesEachStudentTheirOwnOrder() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(sameNumbers("Same numbers, shuffled", true, 1)).id());
        List<List<String>> orders = new java.util.ArrayList<>();
        for (String name : List.of("quiz.order1", "quiz.order2", "quiz.order3", "quiz.order4")) {
            as(student(name), "STUDENT");
            orders.add(drawn(join(quiz.joinCode())));
        }
        for (List<String> order : orders) {
            assertThat(order).as("the same questions with the same numbers")
                    .containsExactlyInAnyOrderElementsOf(orders.get(0));
        }
        // six questions: four students all in one order would be one chance in 720³
        assertThat(new java.util.HashSet<>(orders)).as("each student's own order").hasSizeGreaterThan(1);
    }

    @Test
    void withSameNumbersEachAttemptDrawsNewNumbersTheSameForEveryoneAtThatAttempt() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(sameNumbers("Same numbers, two attempts", false, 2)).id());
        List<List<String>> first = new java.util.ArrayList<>();
        List<List<String>> second = new java.util.ArrayList<>();
        for (String name : List.of("quiz.again1", "quiz.again2")) {
            as(student(name), "STUDENT");
            AttemptSheet one = join(quiz.joinCode());
            taking.submit(one.id());
            first.add(drawn(one));
            second.add(drawn(join(quiz.joinCode())));
        }
        assertThat(first.get(1)).as("everyone's first attempt").isEqualTo(first.get(0));
        assertThat(second.get(1)).as("everyone's second attempt").isEqualTo(second.get(0));
        assertThat(second.get(0)).as("the second attempt does not replay the first, whose keys the review showed")
                .doesNotContainAnyElementsOf(first.get(0));
    }

    @Test
    void itemStatisticsCountOnlyNonBlankAnswersAsAnsweredAndDiscriminateFromFiveAnswersOn() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(new QuizSettings("Statistics", List.of(
                new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false, 30, null, null, 1, true,
                FeedbackPolicy.AFTER_SUBMIT)).id());
        // two right, two forgetting the bias, two left blank; the fifth answer comes later
        String[] typed = {"right", "right", "bias", "bias", "", "", "right"};
        for (int i = 0; i < typed.length; i++) {
            as(student("quiz.stat" + i), "STUDENT");
            AttemptSheet a = join(quiz.joinCode());
            Exercise e = taking.exercise(a.questions().get(0));
            int k = (Integer) e.params().get("kernel");
            int f = (Integer) e.params().get("filters");
            if (!typed[i].isEmpty()) {
                save(a, 0, "params", typed[i].equals("right") ? key(a.questions().get(0), "params")
                        : String.valueOf((long) k * k * 3 * f));
            }
            taking.submit(a.id());
            if (i == 5) {
                as("teacher", "TEACHER");
                QuizResultsService.QuestionStats six = results.results(quiz.id()).questions().get(0);
                assertThat(six.answered()).as("the blank ones are no answers").isEqualTo(4);
                assertThat(six.meanScore()).as("but count as wrong").isEqualTo(2.0 / 6);
                assertThat(six.discrimination()).isNull();
            }
        }
        as("teacher", "TEACHER");
        QuizResultsService.QuestionStats stats = results.results(quiz.id()).questions().get(0);
        assertThat(stats.answered()).isEqualTo(5);
        assertThat(stats.meanScore()).isEqualTo(3.0 / 7);
        // seven attempts: the best two (27 %, rounded) scored 1, the weakest two 0
        assertThat(stats.discrimination()).isEqualTo(1.0);
    }

    @Test
    void aQuizThatShowsResultsOnlyOnceClosedMovesMasteryOnlyOnceClosedAndOnce() {
        as("teacher", "TEACHER");
        QuizCard quiz = quizzes.publish(quizzes.create(new QuizSettings("Results after closing", List.of(
                new QuizSettings.Item("fcn", "fcn-dense-to-conv", null, 2)), false, 30, null,
                clock.instant().plus(Duration.ofHours(2)), 1, false, FeedbackPolicy.AFTER_CLOSE)).id());
        as(student("quiz.later"), "STUDENT");
        AttemptSheet attempt = join(quiz.joinCode());
        AttemptSheet.Question first = attempt.questions().get(0);
        for (var part : taking.exercise(first).template().parts()) {
            save(attempt, 0, part.id(), key(first, part.id()));
        }
        taking.submit(attempt.id());
        // the grades are hidden until the quiz closes: a mastery that moved would tell them
        assertThat(level("fcn").attempts()).isZero();

        SecurityContextHolder.clearContext();
        clock.advance(Duration.ofHours(2));
        deadlines.sweep();
        deadlines.sweep();
        as("quiz.later", "STUDENT");
        assertThat(level("fcn").attempts()).as("closed: both answers, once").isEqualTo(2);
    }
}
