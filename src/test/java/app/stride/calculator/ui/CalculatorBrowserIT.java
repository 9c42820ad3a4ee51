package app.stride.calculator.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.BrowserTestBase;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class CalculatorBrowserIT extends BrowserTestBase {

    private Locator footerCell(String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text));
    }

    @Test
    void aStudentLoadsAPresetAndReadsTheTotals() {
        logIn("student", "student-demo");
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Calculator")).click();
        waitForVaadin(page);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Calculator"))).isVisible();
        assertThat(footerCell("903,400")).isVisible();
        assertThat(page.getByText("One prediction: 12.61 MB")).isVisible();
        // the formula in the reader's format, as the footer's counts
        assertThat(page.getByText("6,000,000 + 3,000,000 + 3,613,600 = 12,613,600 B")).isVisible();

        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Course example")).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("VGG16")).click();
        assertThat(footerCell("138,357,544")).isVisible();
        page.waitForURL(url -> url.contains("calculator?model="));

        // the address now holds the model: a reload shows the same network
        page.reload();
        waitForVaadin(page);
        assertThat(footerCell("138,357,544")).isVisible();
    }

    @Test
    void theCalculatorWorksAtPhoneWidth() {
        page.setViewportSize(360, 740);
        logIn("student", "student-demo");
        open("calculator");
        assertThat(footerCell("903,400")).isVisible();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        page.locator("vaadin-drawer-toggle").click();
        assertThat(page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Home")))
                .isVisible();
    }

    @Test
    void theLongestLinkTheCalculatorOffersLoadsAndAReloadKeepsIt() {
        String longest = null;
        for (int extra = 0; ; extra++) {
            String candidate = CalculatorViewTest.linkWithExtraLayers(extra);
            if (!app.stride.calculator.ModelLink.shareable(candidate)) {
                break;
            }
            longest = candidate;
        }
        assertThat(longest.length()).isGreaterThan(app.stride.calculator.ModelLink.MAX_SHARED - 100);
        logIn("student", "student-demo");
        com.microsoft.playwright.Response response = page.navigate(url("calculator?model=" + longest));
        assertThat(response.status()).isEqualTo(200);
        waitForVaadin(page);
        assertThat(page.getByText("Link to this model")).isVisible();
        assertThat(page.getByText("Something went wrong")).hasCount(0);
        assertThat(page.locator(".stride-problem")).isHidden();
        assertThat(page.url().length()).as("the long model, not the course example instead")
                .isGreaterThan(longest.length());
        // the reload of the page, with Vaadin's start-up request and its Referer, gets through as well
        com.microsoft.playwright.Response reloaded = page.reload();
        assertThat(reloaded.status()).isEqualTo(200);
        waitForVaadin(page);
        assertThat(page.getByText("Link to this model")).isVisible();
    }
}
