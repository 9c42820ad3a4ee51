package app.stride.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.StrideTest;
import app.stride.bank.QuestionBank;
import app.stride.engine.ByteUnit;
import app.stride.exercise.AnswerKind;
import app.stride.exercise.Choice;
import app.stride.exercise.Exercise;
import app.stride.exercise.Expected;
import app.stride.exercise.KeyText;
import app.stride.exercise.Misconception;
import app.stride.exercise.PartSpec;
import app.stride.exercise.SolutionText;
import app.stride.exercise.Template;
import app.stride.grading.Feedback;
import app.stride.grading.Outcome;
import app.stride.grading.PartResult;
import app.stride.grading.Reading;
import app.stride.practice.PracticeService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * For every template and 50 seeds, the API grades answers exactly as practice does: the key as a
 * student writes it in the language, a typical mistake, a wrong value and an unreadable one. The
 * API's answer is read against practice's own feedback, key text, mistake texts and worked solution.
 */
@StrideTest
class ExerciseApiAgreesWithPracticeTest {

    static final int SEEDS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    /** Practice's outcomes as the contract names them. */
    private static final Map<Outcome, String> OUTCOMES = Map.of(Outcome.CORRECT, "right", Outcome.WRONG, "wrong",
            Outcome.CARRIED_FORWARD, "carried", Outcome.PARTIAL, "partial", Outcome.INVALID, "invalid",
            Outcome.AMBIGUOUS, "ambiguous");

    @Autowired
    MockMvc mvc;
    @Autowired
    QuestionBank bank;
    @Autowired
    PracticeService practice;

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void theApiGradesEveryTemplatesExercisesAsPracticeDoes() throws Exception {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (Template t : bank.templates()) {
            Set<Map<String, Object>> seen = new HashSet<>();
            for (long seed = 1; seed <= SEEDS; seed++) {
                Exercise e = practice.reopen(t.id(), seed).orElseThrow();
                if (!seen.add(e.params())) {
                    // the same numbers as an earlier seed (a question without numbers): the same exercise
                    continue;
                }
                Locale locale = seed % 2 == 0 ? Locale.ENGLISH : DUTCH;
                for (Map<String, String> typed : answers(e, locale)) {
                    Feedback feedback = bank.grade(e, typed, locale);
                    JsonNode api = grade(e, typed, locale);
                    agree(e, typed, feedback, api, locale);
                    feedback.parts().forEach(p -> outcomes.merge(p.outcome().name(), 1, Integer::sum));
                }
            }
        }
        assertThat(outcomes.keySet()).as("every outcome met: %s", outcomes)
                .containsExactlyInAnyOrder("CORRECT", "WRONG", "CARRIED_FORWARD", "PARTIAL", "INVALID", "AMBIGUOUS");
    }

    /** Practice records what the bank's grader says, nothing else: a sample through practice's own submit. */
    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void practicesSubmissionGradesAsTheGraderTheApiUses() throws Exception {
        for (Template t : bank.templates()) {
            Exercise e = practice.reopen(t.id(), 3).orElseThrow();
            for (Map<String, String> typed : answers(e, DUTCH)) {
                Feedback submitted = practice.submit(e, typed, 1000, "practice", DUTCH).feedback();
                assertThat(submitted).isEqualTo(bank.grade(e, typed, DUTCH));
                agree(e, typed, submitted, grade(e, typed, DUTCH), DUTCH);
            }
        }
    }

    private JsonNode grade(Exercise e, Map<String, String> typed, Locale locale) throws Exception {
        return GradeRequests.grade(mvc, e, bank.version(e.template().id()).orElseThrow(), typed, locale);
    }

    private void agree(Exercise e, Map<String, String> typed, Feedback feedback, JsonNode api, Locale locale) {
        java.util.function.Supplier<String> where = () -> e.template().id() + " seed " + e.seed() + " " + typed + ": " + api;
        boolean graded = !feedback.needsAnotherLook();
        if (graded) {
            assertThat(api.get("score").asDouble()).as(where).isEqualTo(feedback.score());
            List<String> words = new ArrayList<>();
            api.get("workedSolution").forEach(step -> words.add(step.get("text").asText()));
            assertThat(words).as(where).containsExactlyElementsOf(
                    e.solution().stream().map(step -> SolutionText.words(step, locale)).toList());
        } else {
            assertThat(api.get("score").isNull()).as(where).isTrue();
            assertThat(api.has("workedSolution")).as(where).isFalse();
        }
        assertThat(api.get("parts")).as(where).hasSize(feedback.parts().size());
        for (int i = 0; i < feedback.parts().size(); i++) {
            PartResult p = feedback.parts().get(i);
            JsonNode part = api.get("parts").get(i);
            assertThat(part.get("id").asText()).as(where).isEqualTo(p.partId());
            boolean unread = p.outcome() == Outcome.INVALID || p.outcome() == Outcome.AMBIGUOUS;
            if (graded || unread) {
                assertThat(part.get("outcome").asText()).as(where).isEqualTo(OUTCOMES.get(p.outcome()));
            } else {
                assertThat(part.get("outcome").isNull()).as(where).isTrue();
            }
            if (graded) {
                assertThat(part.get("score").asDouble()).as(where).isEqualTo(p.score());
                assertThat(part.get("expected").asText()).as(where).isEqualTo(KeyText.of(e, p.partId(), locale));
                assertThat(part.get("misconception").isNull() ? null : part.get("misconception").asText()).as(where)
                        .isEqualTo(p.misconceptionId());
                if (p.misconceptionId() != null) {
                    assertThat(part.get("message").asText()).as(where).isEqualTo(
                            bank.misconceptionText(e, p.partId(), p.misconceptionId()).orElseThrow().in(locale));
                }
            } else {
                assertThat(part.has("expected")).as(where).isFalse();
                assertThat(part.get("misconception").isNull()).as(where).isTrue();
            }
            if (p.value() != null) {
                assertThat(part.get("reading").decimalValue()).as(where).isEqualByComparingTo(p.value());
            } else if (p.list() != null) {
                List<Integer> read = new ArrayList<>();
                part.get("reading").forEach(n -> read.add(n.asInt()));
                assertThat(read).as(where).isEqualTo(p.list());
            }
            if (p.outcome() == Outcome.AMBIGUOUS) {
                List<BigDecimal> readings = new ArrayList<>();
                part.get("readings").forEach(n -> readings.add(n.decimalValue()));
                assertThat(readings).as(where).usingElementComparator(BigDecimal::compareTo)
                        .containsExactlyElementsOf(p.readings().stream().map(Reading::value).toList());
            }
            if (p.outcome() == Outcome.INVALID) {
                assertThat(part.get("message").asText()).as(where).isNotBlank();
            }
        }
    }

    /**
     * The five kinds of answer: right (as the key is written in the language), a typical mistake, wrong, unreadable,
     * and one that reads two ways.
     */
    private static List<Map<String, String>> answers(Exercise e, Locale locale) {
        List<Map<String, String>> sets = new ArrayList<>();
        Map<String, String> right = new LinkedHashMap<>();
        for (PartSpec p : e.template().parts()) {
            right.put(p.id(), p.kind() == AnswerKind.CHOICE ? e.expected(p.id()).choice() : KeyText.of(e, p.id(), locale));
        }
        sets.add(right);
        for (Misconception m : e.misconceptions()) {
            if (e.template().parts().stream().noneMatch(part -> part.id().equals(m.partId()))) {
                continue;
            }
            PartSpec p = e.template().part(m.partId());
            Map<String, String> mistake = new LinkedHashMap<>(right);
            mistake.put(p.id(), m.list() != null ? join(m.list()) : typed(m.number(), p, locale));
            sets.add(mistake);
            break;
        }
        Map<String, String> wrong = new LinkedHashMap<>();
        for (PartSpec p : e.template().parts()) {
            Expected key = e.expected(p.id());
            wrong.put(p.id(), switch (p.kind()) {
                case LIST -> join(List.of(99));
                case CHOICE -> e.template().choices().stream().map(Choice::id).filter(id -> !id.equals(key.choice()))
                        .findFirst().orElseThrow();
                default -> typed(key.number().multiply(BigDecimal.valueOf(3)).add(BigDecimal.ONE), p, locale);
            });
        }
        sets.add(wrong);
        Map<String, String> unreadable = new LinkedHashMap<>(right);
        PartSpec first = e.template().parts().get(0);
        unreadable.put(first.id(), first.kind() == AnswerKind.CHOICE ? "none-of-these" : "twee?");
        sets.add(unreadable);
        // the language's thousands mark before three digits, where decimals are possible, reads two ways
        e.template().parts().stream()
                .filter(p -> p.kind() == AnswerKind.VALUE || p.kind() == AnswerKind.BYTES && p.unit() != ByteUnit.B)
                .findFirst().ifPresent(p -> {
                    Map<String, String> twoWays = new LinkedHashMap<>(right);
                    twoWays.put(p.id(), locale.getLanguage().equals("nl") ? "2.576" : "2,576");
                    sets.add(twoWays);
                });
        return sets;
    }

    private static String join(List<Integer> list) {
        return String.join(", ", list.stream().map(String::valueOf).toList());
    }

    /** A number as a student in that language writes it; memory in bytes. */
    private static String typed(BigDecimal value, PartSpec p, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(6);
        return format.format(value) + (p.kind() == AnswerKind.BYTES ? " B" : "");
    }
}
