package app.stride.bank.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import app.stride.bank.QuestionBank;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class QuestionBankViewTest extends KaribuTest {

    @Autowired
    QuestionBank bank;

    @Test
    void aTeacherSeesEveryTemplateAndPreviewsOneWithItsKey() {
        login("teacher", "TEACHER");
        UI.getCurrent().navigate("bank");
        QuestionBankView view = _get(QuestionBankView.class);
        assertThat(GridKt._size(view.templates)).isEqualTo(bank.templates().size()).isGreaterThan(60);
        assertThat(view.problems.isVisible()).isFalse();

        var template = bank.template("conv-params-rgb").orElseThrow();
        view.templates.select(template);
        assertThat(shown(_find(view.preview, Pre.class).get(0))).startsWith("A colour image of");
        Div key = _find(view.preview, Div.class).stream()
                .filter(d -> "params".equals(d.getElement().getAttribute("data-part"))).findFirst().orElseThrow();
        var exercise = bank.generate("conv-params-rgb", 1);
        assertThat(key.getText()).isEqualTo("Trainable parameters: "
                + String.format("%,d", exercise.expected("params").number().longValueExact()) + " (exact)");
        assertThat(_get(view.preview, app.stride.exercise.ui.WorkedSolution.class).getInnerHtml())
                .containsPattern("<div>Each of the [^<]* filters has ");

        // a template with a picture: the boxes with the question, NMS step by step with the solution
        view.show(bank.template("nms-steps").orElseThrow(), 1);
        assertThat(_find(view.preview, Div.class).stream().filter(d -> d.hasClassName("stride-figure"))
                .map(d -> d.getElement().getProperty("innerHTML", ""))).singleElement().asString()
                .contains("class='stride-boxes'");
        assertThat(_find(view.preview, app.stride.exercise.ui.NmsStepper.class)).hasSize(1);
    }

    @Test
    void studentsDoNotSeeTheBank() {
        login("student", "STUDENT");
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Question bank");
        UI.getCurrent().navigate("bank");
        assertThat(_find(QuestionBankView.class)).isEmpty();
    }
}
