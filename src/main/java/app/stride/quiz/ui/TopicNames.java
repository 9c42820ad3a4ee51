package app.stride.quiz.ui;

import app.stride.bank.QuestionBank;
import app.stride.exercise.Template;
import app.stride.exercise.TemplateTitle;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * What a teacher reads where a quiz names its topics and questions (the form's lines, the cards,
 * the statistics): a topic's name and a question's title in the page's language, never a bank
 * id. A template the bank no longer serves keeps its id: it is all there is to name it by.
 */
final class TopicNames {

    private TopicNames() {
    }

    /** "Conv parameters" / "Conv-parameters". */
    static String family(Component page, String familyId) {
        return page.getTranslation("family." + familyId);
    }

    /** "Conv parameters: Trainable parameters", or a concept question's own words. */
    static String template(Component page, Template t) {
        // the page's language, asked as getLocale() would (the UI's, before the page is attached)
        java.util.Locale locale = page.getUI().map(UI::getLocale).orElseGet(() -> UI.getCurrent().getLocale());
        return TemplateTitle.of(t, locale, family(page, t.family()));
    }

    /** The template's title by its id. */
    static String template(Component page, QuestionBank bank, String templateId) {
        return bank.template(templateId).map(t -> template(page, t)).orElse(templateId);
    }
}
