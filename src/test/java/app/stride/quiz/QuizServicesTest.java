package app.stride.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.MutableClock;
import app.stride.account.AccountService;
import app.stride.exercise.Exercise;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** Quizzes with a clock the test moves: time limits, late submissions, attempts, ownership. */
@SpringBootTest
@ActiveProfiles("test")
@Import(QuizServicesTest.Clocks.class)
class QuizServicesTest {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
        }
    }

    @Autowired
    QuizService quizzes;
    @Autowired
    QuizTakingService taking;
    @Autowired
    AccountService accounts;
    @Autowired
    MutableClock clock;

    private static void as(String username, String role) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
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
            accounts.register(name, name, "password-" + name);
        }
        return name;
    }

    @Test
    void aTeacherPublishesAndAStudentAnswersAndSubmitsInTime() {
        as("teacher", "TEACHER");
        Quiz quiz = quizzes.publish(quizzes.create(settings(30, 1, false)).getId());
        assertThat(quiz.getJoinCode()).matches("[A-Z2-9]{6}");

        as(student("quiz.anna"), "STUDENT");
        QuizAttempt attempt = taking.join(quiz.getJoinCode().toLowerCase());
        assertThat(attempt.getQuestions()).hasSize(3);
        assertThat(attempt.getDeadline()).isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));

        QuizQuestion first = attempt.getQuestions().get(0);
        Exercise exercise = taking.exercise(first);
        taking.save(attempt.getId(), first.getId(), "params", exercise.expected("params").number().toPlainString());
        // the answer survives: joining again resumes the same attempt with it
        QuizAttempt resumed = taking.join(quiz.getJoinCode());
        assertThat(resumed.getId()).isEqualTo(attempt.getId());
        assertThat(resumed.getQuestions().get(0).typed()).containsKey("params");

        clock.advance(Duration.ofMinutes(10));
        QuizAttempt done = taking.submit(attempt.getId());
        assertThat(done.isSubmitted()).isTrue();
        assertThat(done.isAutoSubmitted()).isFalse();
        assertThat(done.getQuestions().get(0).getScore()).isEqualTo(1.0);
        assertThat(done.getScore()).isEqualTo(1.0 / 3);
        assertThatThrownBy(() -> taking.join(quiz.getJoinCode()))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("quiz.error.noattempts"));
    }

    @Test
    void withImmediateFeedbackACheckedQuestionIsGradedAndItsAnswerFixedWhileOthersStayOpen() {
        as("teacher", "TEACHER");
        QuizSettings immediate = new QuizSettings("Immediate", List.of(new QuizSettings.Item("conv-params",
                "conv-params-rgb", null, 2)), false, 30, null, null, 1, false, FeedbackPolicy.IMMEDIATE);
        Quiz quiz = quizzes.publish(quizzes.create(immediate).getId());
        as(student("quiz.dirk"), "STUDENT");
        QuizAttempt attempt = taking.join(quiz.getJoinCode());
        QuizQuestion first = attempt.getQuestions().get(0);
        QuizQuestion second = attempt.getQuestions().get(1);
        long key = taking.exercise(first).expected("params").number().longValueExact();
        taking.save(attempt.getId(), first.getId(), "params", String.valueOf(key));

        QuizAttempt checked = taking.check(attempt.getId(), first.getId());
        assertThat(checked.isSubmitted()).isFalse();
        assertThat(checked.getQuestions().get(0).getScore()).isEqualTo(1.0);
        assertThat(checked.getQuestions().get(1).getScore()).isNull();
        assertThatThrownBy(() -> taking.save(attempt.getId(), first.getId(), "params", "1"))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("quiz.error.checked"));
        taking.save(attempt.getId(), second.getId(), "params", "1");

        QuizAttempt done = taking.submit(attempt.getId());
        assertThat(done.getQuestions().get(0).typed()).containsEntry("params", String.valueOf(key));
        assertThat(done.getScore()).isEqualTo(0.5);
    }

    @Test
    void aQuizWithoutImmediateFeedbackRefusesToCheckBeforeHandingIn() {
        as("teacher", "TEACHER");
        Quiz quiz = quizzes.publish(quizzes.create(settings(30, 1, false)).getId());
        as(student("quiz.eva"), "STUDENT");
        QuizAttempt attempt = taking.join(quiz.getJoinCode());
        assertThatThrownBy(() -> taking.check(attempt.getId(), attempt.getQuestions().get(0).getId()))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("quiz.error.noCheck"));
    }

    @Test
    void atTheTimeLimitTheAttemptIsSubmittedAndLateWorkIsRefused() {
        as("teacher", "TEACHER");
        Quiz quiz = quizzes.publish(quizzes.create(settings(5, 2, true)).getId());
        as(student("quiz.bram"), "STUDENT");
        QuizAttempt attempt = taking.join(quiz.getJoinCode());
        QuizQuestion first = attempt.getQuestions().get(0);
        taking.save(attempt.getId(), first.getId(), "params", "1");

        clock.advance(Duration.ofMinutes(5).plusSeconds(6));
        assertThatThrownBy(() -> taking.save(attempt.getId(), first.getId(), "params", "2"))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("quiz.error.over"));
        assertThatThrownBy(() -> taking.submit(attempt.getId()))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("quiz.error.late"));
        QuizAttempt after = taking.attempt(attempt.getId());
        assertThat(after.isAutoSubmitted()).isTrue();
        assertThat(after.getSubmittedAt()).isEqualTo(after.getDeadline());
        assertThat(after.getQuestions().get(0).typed()).containsEntry("params", "1");

        // a second attempt is allowed, with the same numbers for everyone (same variants)
        QuizAttempt second = taking.join(quiz.getJoinCode());
        assertThat(second.getId()).isNotEqualTo(attempt.getId());
        assertThat(second.getQuestions().get(0).getSeed()).isEqualTo(first.getSeed());
    }

    @Test
    void theBrowsersCountdownHandsInOnlyWhenTheServersClockSaysTheTimeIsUp() {
        as("teacher", "TEACHER");
        Quiz quiz = quizzes.publish(quizzes.create(settings(5, 1, false)).getId());
        as(student("quiz.otto"), "STUDENT");
        QuizAttempt attempt = taking.join(quiz.getJoinCode());
        assertThat(taking.timeLeft(attempt)).isEqualTo(Duration.ofMinutes(5));

        // a browser whose clock runs a minute ahead says "time is up" too early: nothing happens
        clock.advance(Duration.ofMinutes(4));
        assertThat(taking.timeUp(attempt.getId()).isSubmitted()).isFalse();
        assertThat(taking.timeLeft(attempt)).isEqualTo(Duration.ofMinutes(1));
        taking.save(attempt.getId(), attempt.getQuestions().get(0).getId(), "params", "42");

        clock.advance(Duration.ofMinutes(1));
        QuizAttempt done = taking.timeUp(attempt.getId());
        assertThat(done.isSubmitted()).isTrue();
        assertThat(done.isAutoSubmitted()).isTrue();
        assertThat(done.getSubmittedAt()).isEqualTo(done.getDeadline());
        assertThat(done.getQuestions().get(0).typed()).containsEntry("params", "42");
        assertThat(taking.timeLeft(done)).isZero();
    }

    @Test
    void onlyTeachersBuildQuizzesAndOnlyTheirOwn() {
        as(student("quiz.carl"), "STUDENT");
        assertThatThrownBy(() -> quizzes.create(settings(10, 1, false))).isInstanceOf(AccessDeniedException.class);

        as("teacher", "TEACHER");
        Quiz quiz = quizzes.create(settings(10, 1, false));
        if (!accounts.exists("teacher2")) {
            accounts.register("teacher2", "Second Teacher", "teacher2-pw");
        }
        as("teacher2", "TEACHER");
        assertThatThrownBy(() -> quizzes.publish(quiz.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.update(quiz.getId(), settings(20, 1, false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherStudentsAttemptIsRefused() {
        as("teacher", "TEACHER");
        Quiz quiz = quizzes.publish(quizzes.create(settings(10, 1, false)).getId());
        as(student("quiz.dora"), "STUDENT");
        QuizAttempt mine = taking.join(quiz.getJoinCode());
        as(student("quiz.eric"), "STUDENT");
        assertThatThrownBy(() -> taking.attempt(mine.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> taking.save(mine.getId(), mine.getQuestions().get(0).getId(), "params", "1"))
                .isInstanceOf(AccessDeniedException.class);
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
        Quiz quiz = quizzes.create(lastWeek);
        clock.advance(Duration.ofHours(2));
        Quiz copy = quizzes.duplicate(quiz.getId());
        assertThatThrownBy(() -> quizzes.publish(copy.getId()))
                .isInstanceOfSatisfying(QuizInputException.class, e -> assertThat(e.field()).isEqualTo("closesAt"));
        QuizSettings thisWeek = new QuizSettings("This week", lastWeek.items(), false, 10, null,
                clock.instant().plus(Duration.ofHours(1)), 1, false, FeedbackPolicy.AFTER_SUBMIT);
        quizzes.update(copy.getId(), thisWeek);
        assertThat(quizzes.publish(copy.getId()).getJoinCode()).isNotNull();
    }

    @Test
    void aQuizNotYetOpenRefusesStudentsAndStaysEditable() {
        as("teacher", "TEACHER");
        Instant now = clock.instant();
        QuizSettings later = new QuizSettings("Later", List.of(new QuizSettings.Item("iou", null, null, 1)), true, 10,
                now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)), 1, false, FeedbackPolicy.AFTER_CLOSE);
        Quiz quiz = quizzes.publish(quizzes.create(later).getId());
        assertThat(quizzes.update(quiz.getId(), later).getTitle()).isEqualTo("Later");
        Quiz copy = quizzes.duplicate(quiz.getId());
        assertThat(copy.getStatus()).isEqualTo(QuizStatus.DRAFT);
        assertThat(copy.getItems()).hasSize(1);
        as(student("quiz.fien"), "STUDENT");
        assertThatThrownBy(() -> taking.join(quiz.getJoinCode()))
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
        Quiz quiz = quizzes.publish(quizzes.create(new QuizSettings("Params", List.of(
                new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false, 30, null, null, 1, true,
                FeedbackPolicy.AFTER_SUBMIT)).getId());
        String[] names = {"quiz.g1", "quiz.g2", "quiz.g3", "quiz.g4"};
        for (int i = 0; i < names.length; i++) {
            as(student(names[i]), "STUDENT");
            QuizAttempt a = taking.join(quiz.getJoinCode());
            QuizQuestion q = a.getQuestions().get(0);
            Exercise e = taking.exercise(q);
            long right = e.expected("params").number().longValueExact();
            int k = (Integer) e.params().get("kernel");
            int f = (Integer) e.params().get("filters");
            // two right, two forgetting the bias
            taking.save(a.getId(), q.getId(), "params", String.valueOf(i < 2 ? right : (long) k * k * 3 * f));
            taking.submit(a.getId());
        }
        as("teacher", "TEACHER");
        QuizResultsService.Results r = results.results(quiz.getId());
        assertThat(r.students()).hasSize(4).allMatch(QuizResultsService.StudentResult::submitted);
        assertThat(r.students()).extracting(QuizResultsService.StudentResult::score)
                .containsExactlyInAnyOrder(1.0, 1.0, 0.0, 0.0);
        QuizResultsService.QuestionStats stats = r.questions().get(0);
        assertThat(stats.answered()).isEqualTo(4);
        assertThat(stats.meanScore()).isEqualTo(0.5);
        assertThat(stats.discrimination()).isEqualTo(1.0);
        assertThat(stats.mistakes()).containsEntry("forgot-bias", 2L);

        String csv = results.csv(quiz.getId());
        assertThat(csv.lines()).hasSize(5).first().isEqualTo("username,name,attempt,submitted,automatically,score,q1");
        assertThat(csv).contains("quiz.g1,quiz.g1,").contains(",true,false,1.0000,1.0000\n")
                .contains(",true,false,0.0000,0.0000\n");

        String xml = moodle.export(quiz.getId(), 3, java.util.Locale.ENGLISH);
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("question").getLength()).isEqualTo(1 + 3);
        assertThat(xml).contains("type=\"numerical\"").contains("<tolerance>0</tolerance>");
        // each question carries its worked solution, which Moodle shows after an attempt
        assertThat(doc.getElementsByTagName("generalfeedback").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("generalfeedback").item(0).getTextContent())
                .contains("weights and one bias").containsPattern("<code>\\((3·3|5·5)·3 \\+ 1\\)·");
        // a teacher asks how many variants; nonsense is refused, not built
        assertThat(moodle.export(quiz.getId(), 7, java.util.Locale.ENGLISH).split("<question type=\"numerical\">", -1))
                .hasSize(1 + 7);
        for (int bad : new int[] {0, -1, MoodleExport.MAX_VARIANTS + 1}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> moodle.export(quiz.getId(), bad, java.util.Locale.ENGLISH))
                    .isInstanceOf(QuizInputException.class);
        }
    }

    @Test
    void aStudentFindsTheirAttemptsAgainAndTheScoreOnlyWhenThePolicyShowsIt() {
        as("teacher", "TEACHER");
        Instant closes = clock.instant().plus(Duration.ofHours(2));
        Quiz later = quizzes.publish(quizzes.create(new QuizSettings("Feedback after closing",
                List.of(new QuizSettings.Item("conv-params", "conv-params-rgb", null, 1)), false, 30, null, closes, 1,
                false, FeedbackPolicy.AFTER_CLOSE)).getId());
        Quiz timed = quizzes.publish(quizzes.create(settings(10, 1, false)).getId());

        as(student("quiz.mila"), "STUDENT");
        QuizAttempt first = taking.join(later.getJoinCode());
        Exercise e = taking.exercise(first.getQuestions().get(0));
        taking.save(first.getId(), first.getQuestions().get(0).getId(), "params",
                e.expected("params").number().toPlainString());
        taking.submit(first.getId());
        clock.advance(Duration.ofMinutes(1));
        QuizAttempt second = taking.join(timed.getJoinCode());

        assertThat(taking.mine()).extracting(a -> a.attemptId() + " " + a.quizTitle() + " " + a.state() + " " + a.score())
                .containsExactly(second.getId() + " Conv parameters IN_PROGRESS null",
                        first.getId() + " Feedback after closing HANDED_IN null");

        // the timed one runs out; the other quiz closes: its review and score are there now
        clock.advance(Duration.ofHours(3));
        assertThat(taking.mine()).extracting(a -> a.state() + " " + a.score())
                .containsExactly("REVIEW 0.0", "REVIEW 1.0");
        assertThat(taking.attempt(second.getId()).isAutoSubmitted()).isTrue();

        as(student("quiz.nina"), "STUDENT");
        assertThat(taking.mine()).as("only one's own attempts").isEmpty();
    }

    @Autowired
    QuizDeadlines deadlines;
    @Autowired
    QuizAttemptRepository attemptRows;

    @Test
    void anAttemptLeftOpenIsHandedInAtItsDeadlineWithoutTheStudent() {
        as("teacher", "TEACHER");
        Quiz quiz = quizzes.publish(quizzes.create(settings(10, 1, false)).getId());
        as(student("quiz.pim"), "STUDENT");
        QuizAttempt attempt = taking.join(quiz.getJoinCode());
        QuizQuestion first = attempt.getQuestions().get(0);
        taking.save(attempt.getId(), first.getId(), "params",
                taking.exercise(first).expected("params").number().toPlainString());
        // the laptop closes; the time runs out; the teacher opens the results
        clock.advance(Duration.ofMinutes(11));
        as("teacher", "TEACHER");
        QuizResultsService.StudentResult pim = results.results(quiz.getId()).students().stream()
                .filter(s -> s.username().equals("quiz.pim")).findFirst().orElseThrow();
        assertThat(pim.submitted()).isTrue();
        assertThat(pim.autoSubmitted()).isTrue();
        assertThat(pim.score()).isEqualTo(1.0 / 3);
        assertThat(results.csv(quiz.getId())).contains("quiz.pim,quiz.pim," + attempt.getId() + ",true,true,0.3333,1.0000,0.0000,0.0000\n");

        as(student("quiz.pia"), "STUDENT");
        QuizAttempt other = taking.join(quiz.getJoinCode());
        clock.advance(Duration.ofMinutes(11));
        as("teacher", "TEACHER");
        assertThat(results.attempt(other.getId()).attempt().isAutoSubmitted())
                .as("the teacher opening one attempt hands it in too").isTrue();
    }

    @Test
    void theTimedSweepHandsInAnAbandonedMockExamAsItsStudentsPractice() {
        as(student("quiz.roos"), "STUDENT");
        long before = progress.mine().totalAttempts();
        QuizAttempt exam = taking.startExam();
        QuizQuestion first = exam.getQuestions().get(0);
        Exercise e = taking.exercise(first);
        for (var part : e.template().parts()) {
            taking.save(exam.getId(), first.getId(), part.id(), e.expected(part.id()).number().toPlainString());
        }
        // other tests leave attempts open too, so this one is looked at by itself
        SecurityContextHolder.clearContext();
        clock.advance(Duration.ofMinutes(59));
        deadlines.sweep();
        as("quiz.roos", "STUDENT");
        assertThat(taking.attempt(exam.getId()).isSubmitted()).as("not before the hour is over").isFalse();

        SecurityContextHolder.clearContext();
        clock.advance(Duration.ofMinutes(2));
        assertThat(deadlines.sweep()).isPositive();
        // read past the services, which would hand it in themselves on being asked
        assertThat(attemptRows.findById(exam.getId()).orElseThrow().isSubmitted()).isTrue();
        as("quiz.roos", "STUDENT");
        QuizAttempt handedIn = taking.attempt(exam.getId());
        assertThat(handedIn.isAutoSubmitted()).isTrue();
        assertThat(handedIn.getQuestions().get(0).getScore()).isEqualTo(1.0);
        assertThat(progress.mine().totalAttempts()).as("the answered exam question counts as the student's practice")
                .isEqualTo(before + 1);
    }

    @Test
    void aQuestionOfSeveralPartsIsOneEmbeddedAnswersQuestionPerVariantInMoodle() throws Exception {
        as("teacher", "TEACHER");
        Quiz quiz = quizzes.create(new QuizSettings("Boxes", List.of(
                new QuizSettings.Item("iou", "iou-pixels", null, 1),
                new QuizSettings.Item("nms", "nms-steps", null, 1)), false, 20, null, null, 1, false,
                FeedbackPolicy.AFTER_SUBMIT));
        String xml = moodle.export(quiz.getId(), 4, java.util.Locale.ENGLISH);
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
        assertThat(questions.getLength()).as("a category, then one question per variant").isEqualTo(1 + 2 * 4);
        assertThat(cloze).isEqualTo(2 * 4);
        assertThat(xml).contains(":NUMERICAL:=").contains(":SHORTANSWER:=");
        assertThat(doc.getElementsByTagName("generalfeedback").getLength()).isEqualTo(2 * 4);
    }

    @Test
    void aTeacherTryingTheirOwnQuizIsListedByName() {
        as("teacher", "TEACHER");
        Quiz quiz = quizzes.publish(quizzes.create(settings(10, 1, false)).getId());
        taking.join(quiz.getJoinCode());
        assertThat(results.results(quiz.getId()).students()).extracting(QuizResultsService.StudentResult::username)
                .containsExactly("teacher");
    }

    @Test
    void csvCellsCannotBecomeFormulas() {
        assertThat(QuizResultsService.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(QuizResultsService.cell("a,b")).isEqualTo("\"a,b\"");
    }

    @Autowired
    app.stride.practice.ProgressService progress;

    @Test
    void aMockExamIsAnHourOfEveryFamilyAndFeedsMastery() {
        as(student("quiz.hanne"), "STUDENT");
        long before = progress.mine().totalAttempts();
        QuizAttempt exam = taking.startExam();
        assertThat(exam.getDeadline()).isEqualTo(clock.instant().plus(Duration.ofMinutes(60)));
        assertThat(exam.getQuestions()).hasSize(QuizTakingService.EXAM_FAMILIES.size());
        assertThat(exam.getQuestions()).extracting(q -> taking.exercise(q).template().family())
                .containsExactlyElementsOf(QuizTakingService.EXAM_FAMILIES);
        assertThat(taking.isExam(exam)).isTrue();
        assertThat(taking.feedbackVisible(exam)).isFalse();

        QuizQuestion first = exam.getQuestions().get(0);
        Exercise e = taking.exercise(first);
        for (var part : e.template().parts()) {
            taking.save(exam.getId(), first.getId(), part.id(), e.expected(part.id()).number().toPlainString());
        }
        QuizAttempt done = taking.submit(exam.getId());
        assertThat(done.getQuestions().get(0).getScore()).isEqualTo(1.0);
        assertThat(taking.feedbackVisible(done)).isTrue();
        // the answered question feeds mastery; the ten left blank say nothing about the student
        assertThat(progress.mine().totalAttempts()).isEqualTo(before + 1);
        assertThat(progress.mine().families()).filteredOn(f -> f.family().equals("conv-output-size"))
                .singleElement().satisfies(f -> assertThat(f.level()).isGreaterThan(0.5));

        as("teacher", "TEACHER");
        assertThat(quizzes.mine()).noneMatch(q -> q.getStatus() == QuizStatus.EXAM);
    }
}
