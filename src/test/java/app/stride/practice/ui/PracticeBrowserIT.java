package app.stride.practice.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.BrowserTestBase;
import app.stride.account.AccountService;
import app.stride.bank.QuestionBank;
import app.stride.exercise.Exercise;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A student practises three families in the browser. The right answers are computed here
 * with the engine (through the bank, server-side); what the server sends before submitting is
 * searched for them.
 */
class PracticeBrowserIT extends BrowserTestBase {

    @Autowired
    QuestionBank bank;
    @Autowired
    AccountService accounts;

    private final List<String> sent = new ArrayList<>();

    private void fill(String part, String text) {
        page.locator("vaadin-text-field[data-part='" + part + "'] input").fill(text);
    }

    private Locator result(String part) {
        return page.locator("vaadin-text-field[data-part='" + part + "'] + .stride-result");
    }

    @Test
    void aStudentPractisesThreeFamiliesSeesFeedbackAndMasteryRises() {
        accounts.register("e2e.practice", "Pia Practice", "practice-pw");
        page.onResponse((Response r) -> {
            try {
                sent.add(r.text());
            } catch (RuntimeException ignored) {
                // bodies of redirects and static files are not needed here
            }
        });
        logIn("e2e.practice", "practice-pw");

        open("progress");
        assertThat(page.locator("[data-family='conv-params']")).hasCount(1);
        assertThat(page.getByText("69%")).hasCount(0);

        // 1. conv-params: the answer key must not travel to the browser before "Check"
        Exercise params = bank.generate("conv-params-rgb", 31_337);
        String answer = params.expected("params").number().toPlainString();
        open("practice?template=conv-params-rgb&seed=31337");
        assertThat(page.locator("vaadin-text-field[data-part='params']")).isVisible();
        assertThat(String.join("\n", sent)).doesNotContain(answer)
                .doesNotContain(String.format(Locale.ENGLISH, "%,d", Long.parseLong(answer)));
        fill("params", answer);
        page.keyboard().press("Enter");
        assertThat(result("params")).containsText("Right.");
        assertThat(page.getByText("Worked solution")).isVisible();
        assertThat(page.getByText("Each of the ")).isVisible();

        // 2. memory: parameters and their RAM in MB
        Exercise memory = bank.generate("memory-params", 2024);
        open("practice?template=memory-params&seed=2024");
        fill("params", memory.expected("params").number().toPlainString());
        BigDecimal megabytes = memory.expected("paramBytes").number().movePointLeft(6);
        fill("paramBytes", megabytes.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " MB");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Check")).click();
        assertThat(result("params")).containsText("Right.");
        assertThat(result("paramBytes")).containsText("Right.");

        // 3. IoU, with the union on purpose too large: the intersection was not subtracted
        Exercise iou = bank.generate("iou-pixels", 99);
        open("practice?template=iou-pixels&seed=99");
        BigDecimal intersection = iou.expected("intersection").number();
        BigDecimal union = iou.expected("union").number();
        fill("intersection", intersection.toPlainString());
        fill("union", union.add(intersection).toPlainString());
        fill("iou", iou.expected("iou").number().setScale(3, java.math.RoundingMode.HALF_UP).toPlainString() + "0");
        page.keyboard().press("Enter");
        assertThat(result("union")).containsText("Not right.");
        assertThat(result("union")).containsText("The union is both areas minus the intersection");

        open("progress");
        // one right answer from scratch: 1 / (1 + e^−0.8) = 69%
        assertThat(page.getByText("69%").first()).isVisible();
        assertThat(page.getByText("The union is both areas minus the intersection")).isVisible();
    }

    @Test
    void practiceWorksWithTheKeyboardAtPhoneWidth() {
        page.setViewportSize(360, 740);
        logIn("student", "student-demo");
        Exercise exercise = bank.generate("conv-output-size-valid", 5);
        open("practice?template=conv-output-size-valid&seed=5");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        // the first box has the keyboard, and the question above it is still in sight
        assertThat(page.locator("vaadin-text-field[data-part='height'] input")).isFocused();
        assertThat(page.locator(".stride-prompt")).isInViewport();
        page.keyboard().type(exercise.expected("height").number().toPlainString());
        page.keyboard().press("Tab");
        page.keyboard().type(exercise.expected("width").number().toPlainString());
        page.keyboard().press("Tab");
        page.keyboard().type(exercise.expected("channels").number().toPlainString());
        page.keyboard().press("Enter");
        assertThat(page.locator(".stride-status")).containsText("Score 100%");
    }

    @Test
    void everyPictureFitsAPhone() {
        page.setViewportSize(360, 740);
        logIn("student", "student-demo");
        for (String template : List.of("conv-by-hand-rgb", "pooling-same", "architecture-summary", "nms-full",
                "iou-pixels", "batchnorm-training")) {
            open("practice?template=" + template + "&seed=7");
            assertThat(page.locator(".stride-figure svg, .stride-table").first()).isVisible();
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as(template).isLessThanOrEqualTo(0);
        }
    }
}
