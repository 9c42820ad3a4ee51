package app.stride.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import app.stride.StrideTest;
import app.stride.bank.QuestionBank;
import app.stride.exercise.Exercise;
import app.stride.exercise.Seeds;
import app.stride.exercise.Template;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/** The exercise endpoints answer exactly the shapes of the contract's 1.1 section, and every error as it says. */
@StrideTest
class ExerciseApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    QuestionBank bank;

    private record Answer(int status, JsonNode body, String text) {
    }

    private Answer call(RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        String text = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(result.getResponse().getContentType()).as(text).startsWith(MediaType.APPLICATION_JSON_VALUE);
        return new Answer(result.getResponse().getStatus(), JSON.readTree(text), text);
    }

    private Answer grade(String template, Object seed, String body) throws Exception {
        return call(post("/api/v1/exercises/" + template + "/" + seed + "/grade")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String version(String template) {
        return bank.version(template).orElseThrow();
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void refused(Answer answer, int status, String path) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(fields(answer.body())).containsExactly("error", "path");
        assertThat(answer.body().get("path").asText()).isEqualTo(path);
        assertThat(answer.body().get("error").asText()).as("one sentence").isNotBlank().doesNotContain("\n");
    }

    @Test
    void theTemplatesAreListedWithTheirVersionsAndATitleInTheLanguageAsked() throws Exception {
        Answer en = call(get("/api/v1/templates"));
        Answer nl = call(get("/api/v1/templates").param("lang", "nl"));
        assertThat(en.status()).isEqualTo(200);
        assertThat(fields(en.body())).containsExactly("templates");
        assertThat(en.body().get("templates")).hasSize(bank.templates().size());
        for (int i = 0; i < bank.templates().size(); i++) {
            Template t = bank.templates().get(i);
            JsonNode listed = en.body().get("templates").get(i);
            assertThat(fields(listed)).containsExactly("id", "family", "difficulty", "version", "title");
            assertThat(listed.get("id").asText()).isEqualTo(t.id());
            assertThat(listed.get("family").asText()).isEqualTo(t.family());
            assertThat(listed.get("difficulty").asInt()).isEqualTo(t.difficulty());
            assertThat(listed.get("version").asText()).matches("[0-9a-f]{8}").isEqualTo(version(t.id()));
            assertThat(listed.get("title").asText()).isNotBlank();
        }
        JsonNode rgbEn = find(en.body(), "conv-params-rgb");
        JsonNode rgbNl = find(nl.body(), "conv-params-rgb");
        assertThat(rgbEn.get("title").asText()).isEqualTo("Conv parameters: Trainable parameters");
        assertThat(rgbNl.get("title").asText()).contains("Trainbare parameters");
        assertThat(find(en.body(), "concept-dropout-params").get("title").asText())
                .isEqualTo("How many trainable parameters does a dropout layer have?");
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode t : list.get("templates")) {
            if (t.get("id").asText().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("no template " + id + " in " + list);
    }

    @Test
    void anExerciseIsItsPromptAndPartsAsPracticeShowsThemWithoutItsKey() throws Exception {
        Exercise e = bank.generate("conv-params-rgb", 42);
        int h = (Integer) e.params().get("h");
        int k = (Integer) e.params().get("kernel");
        int filters = (Integer) e.params().get("filters");
        long key = (long) (k * k * 3 + 1) * filters;

        Answer answer = call(get("/api/v1/exercises/conv-params-rgb").param("seed", "42").param("lang", "nl"));
        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.body();
        assertThat(fields(body)).containsExactly("template", "version", "seed", "lang", "prompt", "parts", "figure");
        assertThat(body.get("template").asText()).isEqualTo("conv-params-rgb");
        assertThat(body.get("version").asText()).isEqualTo(version("conv-params-rgb"));
        assertThat(body.get("seed").asLong()).isEqualTo(42);
        assertThat(body.get("lang").asText()).isEqualTo("nl");
        assertThat(body.get("prompt").asText()).startsWith("Een kleurenafbeelding van " + h + "×" + h + " pixels")
                .contains(filters + " filters van " + k + "×" + k);
        assertThat(body.get("parts")).hasSize(1);
        JsonNode part = body.get("parts").get(0);
        assertThat(fields(part)).containsExactly("id", "label", "kind", "unit", "tolerance", "choices");
        assertThat(part.get("id").asText()).isEqualTo("params");
        assertThat(part.get("label").asText()).isEqualTo("Trainbare parameters");
        assertThat(part.get("kind").asText()).isEqualTo("count");
        assertThat(part.get("unit").isNull()).isTrue();
        assertThat(part.get("tolerance").isNull()).isTrue();
        assertThat(part.get("choices").isNull()).isTrue();
        assertThat(body.get("figure").isNull()).isTrue();
        assertThat(answer.text()).doesNotContain(String.valueOf(key)).doesNotContain(String.format("%,d", key))
                .doesNotContain(String.format("%,d", key).replace(',', '.'));

        Answer english = call(get("/api/v1/exercises/conv-params-rgb").param("seed", "42"));
        assertThat(english.body().get("lang").asText()).isEqualTo("en");
        assertThat(english.body().get("prompt").asText()).startsWith("A colour image of " + h + "×" + h);
    }

    @Test
    void withoutASeedOneIsDrawnAndReturnedAndItDrawsTheSameExerciseAgain() throws Exception {
        Answer drawn = call(get("/api/v1/exercises/iou-relative"));
        long seed = drawn.body().get("seed").asLong();
        assertThat(seed).isBetween(1L, (1L << 53) - 1);
        Answer again = call(get("/api/v1/exercises/iou-relative").param("seed", String.valueOf(seed)));
        assertThat(again.text()).isEqualTo(drawn.text());
    }

    @Test
    void everyKindOfPartIsDescribedWithItsUnitToleranceAndChoicesInTheirOrder() throws Exception {
        JsonNode memory = call(get("/api/v1/exercises/memory-course").param("seed", "5")).body().get("parts");
        assertThat(memory.get(1).get("kind").asText()).isEqualTo("bytes");
        assertThat(memory.get(1).get("unit").asText()).isEqualTo("MB");
        assertThat(memory.get(1).get("tolerance").toString()).isEqualTo("{\"relative\":0.02}");
        assertThat(memory.get(3).get("tolerance").toString()).isEqualTo("{\"relative\":0.005}");

        JsonNode iou = call(get("/api/v1/exercises/iou-relative").param("seed", "5")).body().get("parts").get(0);
        assertThat(iou.get("kind").asText()).isEqualTo("number");
        assertThat(iou.get("unit").isNull()).isTrue();
        assertThat(iou.get("tolerance").toString()).isEqualTo("{\"absolute\":0.005}");

        JsonNode nms = call(get("/api/v1/exercises/nms-steps").param("seed", "5")).body().get("parts");
        assertThat(nms.get(0).get("kind").asText()).isEqualTo("list");
        assertThat(nms.get(0).get("ordered").asBoolean()).as("dropped: a set").isFalse();
        assertThat(nms.get(2).get("ordered").asBoolean()).as("suppressed: a set").isFalse();
        assertThat(nms.get(3).get("ordered").asBoolean()).as("kept, in order").isTrue();
        assertThat(nms.get(1).get("kind").asText()).isEqualTo("count");

        JsonNode concept = call(get("/api/v1/exercises/concept-dropout-at-test").param("seed", "5").param("lang", "nl"))
                .body().get("parts").get(0);
        assertThat(concept.get("kind").asText()).isEqualTo("choice");
        java.util.Map<String, String> options = new java.util.HashMap<>();
        concept.get("choices").forEach(c -> options.put(c.get("id").asText(), c.get("text").asText()));
        assertThat(options).containsOnly(java.util.Map.entry("nothing", "Niets: ze geeft haar invoer ongewijzigd door"),
                java.util.Map.entry("drops", "Ze zet nog steeds willekeurige activaties op nul"),
                java.util.Map.entry("halves", "Ze halveert elke activatie"));
    }

    @Test
    void theOptionsComeShuffledPerExerciseTheSameEachTimeNeverTheRightOneAlwaysFirst() throws Exception {
        // the template lists the right option ("nothing") first; the API has no student, but its order is still drawn
        java.util.Set<String> firsts = new java.util.HashSet<>();
        for (int seed = 1; seed <= 40; seed++) {
            String path = "/api/v1/exercises/concept-dropout-at-test";
            JsonNode choices = call(get(path).param("seed", String.valueOf(seed))).body().get("parts").get(0)
                    .get("choices");
            assertThat(call(get(path).param("seed", String.valueOf(seed))).body().get("parts").get(0).get("choices"))
                    .as("seed %d again", seed).isEqualTo(choices);
            firsts.add(choices.get(0).get("id").asText());
        }
        assertThat(firsts).containsExactlyInAnyOrder("nothing", "drops", "halves");
    }

    @Test
    void anEmptyAnswerIsNotGradedAndShowsNoKeyNorTheOtherPartsGrade() throws Exception {
        Exercise e = bank.generate("conv-output-size-same", 8);
        String height = e.expected("height").number().toPlainString();
        String channels = e.expected("channels").number().toPlainString();
        Answer answer = grade("conv-output-size-same", 8, "{\"version\": \"" + version("conv-output-size-same")
                + "\", \"answers\": {\"height\": \"" + height + "\", \"width\": \"  \", \"channels\": \"" + channels
                + "\"}}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(fields(answer.body())).containsExactly("score", "parts");
        assertThat(answer.body().get("score").isNull()).isTrue();
        JsonNode right = answer.body().get("parts").get(0);
        assertThat(right.get("outcome").isNull()).as("not graded: not even right").isTrue();
        assertThat(right.has("expected")).isFalse();
        assertThat(answer.body().get("parts").get(1).get("outcome").asText()).isEqualTo("invalid");
        assertThat(answer.body().get("parts").get(1).get("message").asText()).isEqualTo("Type an answer.");

        // a choice left empty: no key either
        Answer choice = grade("concept-dropout-at-test", 8, "{\"version\": \"" + version("concept-dropout-at-test")
                + "\", \"answers\": {\"answer\": \"\"}}");
        assertThat(choice.body().get("score").isNull()).isTrue();
        assertThat(choice.body().get("parts").get(0).get("outcome").asText()).isEqualTo("invalid");
        assertThat(choice.text()).doesNotContain("expected").doesNotContain("workedSolution")
                .doesNotContain("Niets").doesNotContain("Nothing");
    }

    @Test
    void noDrawnExerciseShowsItsKeyWhereTheKeyCanBeToldApartFromTheQuestion() throws Exception {
        int checked = 0;
        for (Template t : bank.templates()) {
            for (long seed = 1; seed <= 5; seed++) {
                Exercise e = bank.generate(t.id(), seed);
                for (String lang : List.of("en", "nl")) {
                    Answer answer = call(get("/api/v1/exercises/" + t.id()).param("seed", "" + seed).param("lang", lang));
                    assertThat(answer.status()).isEqualTo(200);
                    assertThat(answer.text()).doesNotContain("\"expected\"").doesNotContain("\"keys\"")
                            .doesNotContain("workedSolution").doesNotContain("\"answer\":\"" + t.answer());
                    String question = e.prompt(java.util.Locale.ENGLISH) + e.prompt(java.util.Locale.forLanguageTag("nl"))
                            + t.parts().stream().map(p -> e.label(p, java.util.Locale.ENGLISH) + e.label(p,
                            java.util.Locale.forLanguageTag("nl"))).toList();
                    // the version and the seed are digits that say nothing of the key; the figure's
                    // grid values and coordinates are the question's own numbers, checked by type below
                    String shown = ((com.fasterxml.jackson.databind.node.ObjectNode) answer.body().deepCopy())
                            .without(List.of("version", "seed", "figure")).toString();
                    for (var p : t.parts()) {
                        for (String key : keyTexts(e, p.id())) {
                            if (key.length() >= 2 && !question.contains(key)) {
                                assertThat(shown).as("%s seed %d %s", t.id(), seed, p.id()).doesNotContain(key);
                                checked++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).as("keys that could be told apart").isGreaterThan(300);
    }

    @Test
    void aPictureIsSentAsDataOfItsTypeAndHoldsNoKey() throws Exception {
        JsonNode grid = figure("pooling-same", 3);
        assertThat(grid.get("type").asText()).isEqualTo("grid");
        assertThat(grid.get("padding").asText()).isEqualTo("SAME");
        assertThat(grid.get("input").get(0).get(0).get(0).isNumber()).isTrue();
        assertThat(grid.get("windows")).isNotEmpty();

        JsonNode kernel = figure("conv-by-hand-single", 3);
        assertThat(kernel.get("kernel")).as("the filter is part of the question").isNotEmpty();

        JsonNode iou = figure("iou-pixels", 3);
        assertThat(iou.get("type").asText()).isEqualTo("boxes");
        assertThat(iou.get("units").asText()).isEqualTo("PIXELS");
        assertThat(iou.get("boxes")).hasSize(2);

        Exercise bbox = bank.generate("bbox-to-pixels", 3);
        JsonNode relative = figure("bbox-to-pixels", 3);
        assertThat(relative.get("units").asText()).as("the asked pixel corners are not drawn in pixels")
                .isEqualTo("RELATIVE");
        for (JsonNode corner : List.of(relative.get("boxes").get(0).get("x1"), relative.get("boxes").get(0).get("x2"))) {
            assertThat(corner.asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(bbox.figure()).isNotNull();

        JsonNode nms = figure("nms-steps", 3);
        assertThat(nms.get("type").asText()).as("the question shows the boxes, not the run").isEqualTo("boxes");
        assertThat(nms.get("boxes").get(0).get("score").isNumber()).isTrue();
        assertThat(nms.toString()).doesNotContain("suppressed").doesNotContain("selected");

        JsonNode summary = figure("architecture-summary", 3);
        assertThat(summary.get("type").asText()).isEqualTo("summary");
        Exercise architecture = bank.generate("architecture-summary", 3);
        List<String> numbersShown = new ArrayList<>();
        summary.get("rows").forEach(row -> numbersShown.add(row.get("params").isNull() ? null : row.get("params").asText()));
        for (var part : architecture.template().parts()) {
            var key = architecture.expected(part.id()).number();
            if (key != null && key.signum() > 0 && !architecture.prompt(java.util.Locale.ENGLISH).contains(key.toPlainString())) {
                assertThat(numbersShown).as(part.id()).doesNotContain(key.toPlainString());
            }
        }
        assertThat(summary.get("rows").findValues("params").stream().filter(JsonNode::isNull).count())
                .as("the asked parameters are blank").isPositive();

        JsonNode batch = figure("batchnorm-training", 3);
        assertThat(batch.get("type").asText()).isEqualTo("batch");
        assertThat(batch.get("values")).isNotEmpty();

        assertThat(call(get("/api/v1/exercises/conv-params-rgb").param("seed", "3")).body().get("figure").isNull())
                .as("a question without a picture").isTrue();
    }

    private JsonNode figure(String template, long seed) throws Exception {
        Answer answer = call(get("/api/v1/exercises/" + template).param("seed", String.valueOf(seed)));
        assertThat(answer.status()).isEqualTo(200);
        return answer.body().get("figure");
    }

    /** A key as it may be written: plainly, in either language's format, as a list. */
    private static List<String> keyTexts(Exercise e, String partId) {
        var expected = e.expected(partId);
        if (expected.list() != null) {
            String joined = expected.list().toString();
            return List.of(joined.replace(" ", ""), joined.substring(1, joined.length() - 1));
        }
        if (expected.choice() != null) {
            return List.of();
        }
        return List.of(expected.number().toPlainString(),
                app.stride.exercise.KeyText.of(e, partId, java.util.Locale.ENGLISH),
                app.stride.exercise.KeyText.of(e, partId, java.util.Locale.forLanguageTag("nl")));
    }

    @Test
    void theContractsGradeExampleIsAnsweredWithTheKeyTheReadingAndTheWorkedSolution() throws Exception {
        Exercise e = bank.generate("conv-params-rgb", 42);
        int k = (Integer) e.params().get("kernel");
        int filters = (Integer) e.params().get("filters");
        long key = (long) (k * k * 3 + 1) * filters;
        String dutch = String.format(java.util.Locale.GERMANY, "%,d", key);

        Answer answer = grade("conv-params-rgb", 42, "{\"lang\": \"nl\", \"version\": \"" + version("conv-params-rgb")
                + "\", \"answers\": {\"params\": \"" + dutch + "\"}}");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode body = answer.body();
        assertThat(fields(body)).containsExactly("score", "parts", "workedSolution");
        assertThat(body.get("score").asDouble()).isEqualTo(1.0);
        JsonNode part = body.get("parts").get(0);
        assertThat(fields(part)).containsExactly("id", "outcome", "score", "reading", "misconception", "message",
                "expected");
        assertThat(part.get("outcome").asText()).isEqualTo("right");
        assertThat(part.get("score").asDouble()).isEqualTo(1.0);
        assertThat(part.get("reading").isIntegralNumber()).isTrue();
        assertThat(part.get("reading").asLong()).isEqualTo(key);
        assertThat(part.get("misconception").isNull()).isTrue();
        assertThat(part.get("message").isNull()).isTrue();
        assertThat(part.get("expected").asText()).isEqualTo(dutch);
        assertThat(body.get("workedSolution")).isNotEmpty();
        for (JsonNode step : body.get("workedSolution")) {
            assertThat(fields(step)).containsExactly("text", "formula");
            assertThat(step.get("text").asText()).isNotBlank();
        }
        assertThat(body.get("workedSolution").toString()).contains("(" + k + "·" + k + "·3 + 1)·" + filters);
    }

    @Test
    void aTypicalMistakeIsNamedWithItsMessageAndTheKeyIsShown() throws Exception {
        Exercise e = bank.generate("conv-params-rgb", 7);
        int k = (Integer) e.params().get("kernel");
        int filters = (Integer) e.params().get("filters");
        Answer answer = grade("conv-params-rgb", 7, "{\"version\": \"" + version("conv-params-rgb")
                + "\", \"answers\": {\"params\": \"" + k * k * 3 * filters + "\"}}");
        JsonNode part = answer.body().get("parts").get(0);
        assertThat(answer.body().get("score").asDouble()).isEqualTo(0.0);
        assertThat(part.get("outcome").asText()).isEqualTo("wrong");
        assertThat(part.get("misconception").asText()).isEqualTo("forgot-bias");
        assertThat(part.get("message").asText()).startsWith("You left out the bias");
        assertThat(part.get("expected").asText()).isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d",
                (long) (k * k * 3 + 1) * filters));
    }

    @Test
    void anErrorCarriedForwardAndAPartlyRightListAreSaidSo() throws Exception {
        Exercise memory = bank.generate("memory-course", 11);
        long params = memory.expected("params").number().longValueExact();
        int bytes = (Integer) memory.params().get("bytes");
        Answer carried = grade("memory-course", 11, "{\"version\": \"" + version("memory-course") + "\", \"answers\": "
                + "{\"params\": \"" + 2 * params + "\", \"paramBytes\": \"" + 2 * params * bytes + " B\","
                + " \"inference\": \"1 B\", \"training\": \"1 B\"}}");
        assertThat(carried.body().get("parts").get(0).get("outcome").asText()).isEqualTo("wrong");
        assertThat(carried.body().get("parts").get(1).get("outcome").asText()).isEqualTo("carried");
        assertThat(carried.body().get("parts").get(1).get("reading").asLong()).isEqualTo(2 * params * bytes);
        assertThat(carried.body().get("score").asDouble()).isEqualTo(0.25);

        Exercise nms = bank.generate("nms-steps", 3);
        List<Integer> kept = nms.expected("selected").list();
        List<Integer> half = new ArrayList<>(kept);
        half.set(half.size() - 1, 99);
        String typed = String.join(", ", half.stream().map(String::valueOf).toList());
        Answer partial = grade("nms-steps", 3, "{\"version\": \"" + version("nms-steps") + "\", \"answers\": "
                + "{\"dropped\": \"0\", \"first\": \"0\", \"suppressed\": \"0\", \"selected\": \"" + typed + "\"}}");
        JsonNode selected = partial.body().get("parts").get(3);
        assertThat(selected.get("outcome").asText()).isEqualTo(kept.size() > 1 ? "partial" : "wrong");
        assertThat(selected.get("reading").toString()).isEqualTo(half.toString().replace(" ", ""));
    }

    @Test
    void whileAPartIsUnreadableOrAmbiguousNothingIsGradedAndNoKeyIsShown() throws Exception {
        Exercise e = bank.generate("memory-course", 11);
        long params = e.expected("params").number().longValueExact();
        String body = "{\"lang\": \"nl\", \"version\": \"" + version("memory-course") + "\", \"answers\": "
                + "{\"params\": \"" + (params + 1) + "\", \"paramBytes\": \"3.613\", \"inference\": \"veel\","
                + " \"training\": \"1 B\"}}";
        Answer answer = grade("memory-course", 11, body);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(fields(answer.body())).containsExactly("score", "parts");
        assertThat(answer.body().get("score").isNull()).isTrue();
        JsonNode wrong = answer.body().get("parts").get(0);
        assertThat(fields(wrong)).containsExactly("id", "outcome", "score", "reading", "misconception", "message");
        assertThat(wrong.get("outcome").isNull()).as("not graded: not even wrong").isTrue();
        assertThat(wrong.get("score").isNull()).isTrue();
        assertThat(wrong.get("reading").asLong()).isEqualTo(params + 1);
        JsonNode ambiguous = answer.body().get("parts").get(1);
        assertThat(ambiguous.get("outcome").asText()).isEqualTo("ambiguous");
        assertThat(ambiguous.get("readings").toString()).isEqualTo("[3613000000,3613000]");
        assertThat(ambiguous.get("message").asText()).isEqualTo("Bedoel je 3\u202F613 MB of 3,613 MB?");
        JsonNode invalid = answer.body().get("parts").get(2);
        assertThat(invalid.get("outcome").asText()).isEqualTo("invalid");
        assertThat(invalid.get("message").asText()).startsWith("Dit is geen getal dat Stride kan lezen");
        assertThat(answer.text()).doesNotContain("expected").doesNotContain(String.valueOf(params))
                .doesNotContain(String.format(java.util.Locale.GERMANY, "%,d", params));
    }

    @Test
    void bytesAreReadAsWholeNumbersInBothLanguages() throws Exception {
        // a key under a million bytes, so that one separator groups its thousands: "741.632 B"
        long seed = 1;
        while (bank.generate("memory-params", seed).expected("paramBytes").number().longValueExact() >= 1_000_000
                || bank.generate("memory-params", seed).expected("paramBytes").number().longValueExact() < 1_000) {
            seed++;
            assertThat(seed).as("a seed whose key is under a million bytes").isLessThan(5_000);
        }
        Exercise e = bank.generate("memory-params", seed);
        long bytes = e.expected("paramBytes").number().longValueExact();
        String params = e.expected("params").number().toPlainString();
        String grouped = (bytes / 1000) + "%s" + String.format("%03d", bytes % 1000) + " B";
        for (String[] lang : new String[][] {{"nl", "."}, {"en", ","}}) {
            Answer answer = grade("memory-params", seed, "{\"lang\": \"" + lang[0] + "\", \"version\": \""
                    + version("memory-params") + "\", \"answers\": {\"params\": \"" + params
                    + "\", \"paramBytes\": \"" + grouped.formatted(lang[1]) + "\"}}");
            JsonNode part = answer.body().get("parts").get(1);
            assertThat(part.get("outcome").asText()).as("%s in %s", grouped.formatted(lang[1]), lang[0])
                    .isEqualTo("right");
            assertThat(part.get("reading").asLong()).isEqualTo(bytes);
            assertThat(answer.body().get("score").asDouble()).isEqualTo(1.0);
        }
    }

    @Test
    void aLoneEnglishThousandsCommaInMegabytesIsAskedAboutNotGuessed() throws Exception {
        Answer answer = grade("memory-params", 5, "{\"lang\": \"en\", \"version\": \"" + version("memory-params")
                + "\", \"answers\": {\"params\": \"1\", \"paramBytes\": \"2,576 MB\"}}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("score").isNull()).isTrue();
        JsonNode part = answer.body().get("parts").get(1);
        assertThat(part.get("outcome").asText()).isEqualTo("ambiguous");
        assertThat(part.get("score").isNull()).isTrue();
        assertThat(part.get("readings").toString()).isEqualTo("[2576000000,2576000]");
        assertThat(part.get("message").asText()).isEqualTo("Did you mean 2\u202F576 MB or 2.576 MB?");
        assertThat(part.has("expected")).isFalse();
        assertThat(answer.body().has("workedSolution")).isFalse();

        Answer dutch = grade("memory-params", 5, "{\"lang\": \"nl\", \"version\": \"" + version("memory-params")
                + "\", \"answers\": {\"params\": \"1\", \"paramBytes\": \"2,576 MB\"}}");
        assertThat(dutch.body().get("parts").get(1).get("reading").asLong()).as("a Dutch decimal comma")
                .isEqualTo(2_576_000);
    }

    @Test
    void aBareByteCountInAMegabyteFieldIsAskedAboutWithItsUnitSaidBack() throws Exception {
        Answer answer = grade("memory-params", 5, "{\"lang\": \"en\", \"version\": \"" + version("memory-params")
                + "\", \"answers\": {\"params\": \"1\", \"paramBytes\": \"372992\"}}");
        JsonNode part = answer.body().get("parts").get(1);
        assertThat(part.get("outcome").asText()).isEqualTo("ambiguous");
        assertThat(part.get("readings").toString()).isEqualTo("[372992000000,372992]");
        assertThat(part.get("message").asText()).isEqualTo("Did you mean 372\u202F992 MB or 372\u202F992 B ≈ 0.373 MB?");
    }

    @Test
    void setsAreAnsweredInAnyOrderAndSequencesInTheirs() throws Exception {
        Exercise e = bank.generate("nms-steps", 3);
        List<Integer> dropped = new ArrayList<>(e.expected("dropped").list());
        List<Integer> suppressed = new ArrayList<>(e.expected("suppressed").list());
        java.util.Collections.reverse(dropped);
        java.util.Collections.reverse(suppressed);
        String body = "{\"version\": \"" + version("nms-steps") + "\", \"answers\": {\"dropped\": \""
                + dropped.toString() + "\", \"first\": \"" + e.expected("first").number() + "\", \"suppressed\": \""
                + String.join(" and ", suppressed.stream().map(String::valueOf).toList()) + "\", \"selected\": \""
                + String.join(", ", e.expected("selected").list().stream().map(String::valueOf).toList()) + "\"}}";
        Answer answer = grade("nms-steps", 3, body);
        assertThat(answer.body().get("score").asDouble()).as(body).isEqualTo(1.0);
        assertThat(answer.body().get("parts").get(0).get("reading").toString())
                .as("read as the key lists it").isEqualTo(e.expected("dropped").list().toString().replace(" ", ""));
    }

    @Test
    void everyRefusalIsTheContractsErrorWithItsStatusAndPath() throws Exception {
        String v = version("conv-params-rgb");
        String ok = "{\"version\": \"" + v + "\", \"answers\": {\"params\": \"1\"}}";
        refused(call(get("/api/v1/exercises/no-such-template").param("seed", "1")), 404, "$.template");
        refused(grade("no-such-template", 1, ok), 404, "$.template");
        refused(grade("conv-params-rgb", 1, ok.replace(v, "0123abcd")), 410, "$.version");
        for (String seed : List.of("abc", "0", "-5", "1.5", "9223372036854775808", "99999999999999999999", "+3")) {
            refused(call(get("/api/v1/exercises/conv-params-rgb").param("seed", seed)), 400, "$.seed");
            refused(grade("conv-params-rgb", seed, ok), 400, "$.seed");
        }
        refused(grade("conv-params-rgb", 1, "{\"version\": \"" + v + "\", \"answers\": {\"params\": \"1\", \"x\": \"2\"}}"),
                400, "$.answers.x");
        refused(grade("conv-params-rgb", 1, "{\"version\": \"" + v + "\", \"answers\": {}}"), 400, "$.answers.params");
        refused(grade("conv-params-rgb", 1, "{\"version\": \"" + v + "\", \"answers\": {\"params\": 2800}}"), 400,
                "$.answers.params");
        refused(grade("conv-params-rgb", 1, "{\"version\": \"" + v + "\", \"answers\": [\"2800\"]}"), 400, "$.answers");
        refused(grade("conv-params-rgb", 1, "{\"version\": \"" + v + "\"}"), 400, "$.answers");
        refused(grade("conv-params-rgb", 1, "{\"answers\": {\"params\": \"1\"}}"), 400, "$.version");
        refused(grade("conv-params-rgb", 1, "{\"version\": 3, \"answers\": {\"params\": \"1\"}}"), 400, "$.version");
        refused(grade("conv-params-rgb", 1, ok.replace("{\"version\"", "{\"lang\": \"de\", \"version\"")), 400, "$.lang");
        refused(grade("conv-params-rgb", 1, ok.replace("{\"version\"", "{\"seed\": 4, \"version\"")), 400, "$.seed");
        refused(grade("conv-params-rgb", 1, "[1]"), 400, "$");
        refused(grade("conv-params-rgb", 1, "{\"version\": "), 400, "$");
        refused(call(get("/api/v1/exercises/conv-params-rgb").param("lang", "fr")), 400, "$.lang");
        refused(call(get("/api/v1/exercises/conv-params-rgb").param("sed", "4")), 400, "$.sed");
        refused(call(get("/api/v1/exercises/conv-params-rgb").param("seed", "4", "5")), 400, "$.seed");
        refused(call(get("/api/v1/templates").param("lang", "xx")), 400, "$.lang");
        refused(call(post("/api/v1/templates").contentType(MediaType.APPLICATION_JSON).content("{}")), 405, "$");
        refused(call(post("/api/v1/exercises/conv-params-rgb").contentType(MediaType.APPLICATION_JSON).content("{}")),
                405, "$");
        refused(call(get("/api/v1/exercises/conv-params-rgb/1/grade")), 405, "$");
        refused(call(request(HttpMethod.PUT, "/api/v1/exercises/conv-params-rgb/1/grade")), 405, "$");
    }

    @Test
    void noSeedAQuizOrMockExamDrawsIsServedOrGraded() throws Exception {
        SplittableRandom random = new SplittableRandom(13);
        String ok = "{\"version\": \"" + version("conv-params-rgb") + "\", \"answers\": {\"params\": \"1\"}}";
        for (int i = 0; i < 20; i++) {
            long quizSeed = Seeds.quiz(random);
            assertThat(Seeds.isPractice(quizSeed)).isFalse();
            refused(call(get("/api/v1/exercises/conv-params-rgb").param("seed", String.valueOf(quizSeed))), 400, "$.seed");
            refused(grade("conv-params-rgb", quizSeed, ok), 400, "$.seed");
        }
    }

    @Test
    void anAnswerLongerThanPracticeKeepsIsCutAsPracticeCutsIt() throws Exception {
        Answer answer = grade("conv-params-rgb", 1, "{\"version\": \"" + version("conv-params-rgb")
                + "\", \"answers\": {\"params\": \"" + "1".repeat(5000) + "\"}}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("parts").get(0).get("outcome").asText()).isEqualTo("invalid");
        assertThat(answer.body().get("parts").get(0).get("message").asText()).isEqualTo(
                "This answer is too long to be a number.");
    }


    @Test
    void anyTypedAnswerIsGradedOrSaidToBeUnreadableNeverAFailure() throws Exception {
        SplittableRandom random = new SplittableRandom(2026);
        String alphabet = "0123456789.,  -+eE/%*^·×xBKMGibytes[](){}→;\u00a0\u202f\u2212\"\\é💥";
        List<Template> templates = bank.templates();
        for (int i = 0; i < 400; i++) {
            Template t = templates.get(random.nextInt(templates.size()));
            Map<String, String> answers = new java.util.LinkedHashMap<>();
            for (var p : t.parts()) {
                StringBuilder typed = new StringBuilder();
                int length = random.nextInt(4) == 0 ? random.nextInt(300) : random.nextInt(12);
                for (int c = 0; c < length; c++) {
                    typed.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                            random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
                }
                answers.put(p.id(), typed.toString());
            }
            String body = JSON.writeValueAsString(Map.of("lang", random.nextBoolean() ? "en" : "nl",
                    "version", version(t.id()), "answers", answers));
            Answer answer = grade(t.id(), 1 + random.nextInt(1000), body);
            assertThat(answer.status()).as(body + " " + answer.text()).isEqualTo(200);
            assertThat(answer.body().get("parts")).hasSize(t.parts().size());
        }
    }
}
