package app.stride.quiz.ui;

import app.stride.exercise.AnswerKind;
import app.stride.exercise.Exercise;
import app.stride.exercise.PartSpec;
import app.stride.quiz.AttemptSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A question being answered: a box per number (or a set of options), each answer handed to the
 * page the moment it is typed. The card keeps only ids and its inputs, not the question: every
 * student's open page keeps it.
 */
class AnswerCard extends QuestionCard {

    /** What the page does with an answer: saves it, and says whether it went into the attempt as shown. */
    interface Answers {
        boolean typed(long questionId, String partId, String value);

        /** How the answer reads, if it reads two ways or not at all; never whether it is right. */
        Optional<String> readingProblem(String templateId, long seed, String partId, String value);
    }

    /** Per part: how to show a value the server has for it. */
    private final Map<String, SerializableConsumer<String>> shown = new LinkedHashMap<>();

    AnswerCard(int number, AttemptSheet.Question q, Exercise exercise, Answers answers,
               SerializableConsumer<Long> check) {
        super(heading(translated("quiz.question", number)), exercise.prompt(locale()));
        long questionId = q.id();
        String templateId = q.templateId();
        long seed = q.seed();
        for (PartSpec part : exercise.template().parts()) {
            String saved = q.typed().getOrDefault(part.id(), "");
            String partId = part.id();
            String dataPart = q.position() + "-" + partId;
            if (part.kind() == AnswerKind.CHOICE) {
                // the options are sentences: one under the other reads best
                Map<String, String> options = new LinkedHashMap<>();
                exercise.template().choices().forEach(c -> options.put(c.id(),
                        exercise.template().choiceText(c.id(), getLocale())));
                ChoiceField choices = new ChoiceField(exercise.label(part, getLocale()), options, saved);
                choices.onChosen(value -> answers.typed(questionId, partId, value));
                choices.getElement().setAttribute("data-part", dataPart);
                shown.put(partId, choices::show);
                add(choices);
            } else {
                AnswerField field = new AnswerField(exercise.label(part, getLocale()), saved);
                if (part.kind() == AnswerKind.BYTES) {
                    field.setHelperText(getTranslation("quiz.unit", part.unit().symbol()));
                }
                field.getElement().setAttribute("data-part", dataPart);
                field.onTyped(value -> {
                    if (answers.typed(questionId, partId, value)) {
                        field.showProblem(answers.readingProblem(templateId, seed, partId, value).orElse(null));
                    }
                });
                shown.put(partId, field::show);
                add(field);
            }
        }
        if (check != null) {
            Button button = new Button(getTranslation("quiz.check"), click -> check.accept(questionId));
            button.getElement().setAttribute("data-check", String.valueOf(q.position()));
            add(button);
        }
    }

    /**
     * Shows what the server has saved for this question, where it differs, except in the part the
     * student has just typed into: another window's answers come in without the page being rebuilt
     * under the student's fingers.
     */
    void showSaved(Map<String, String> typed, String exceptPart) {
        shown.forEach((part, show) -> {
            if (!part.equals(exceptPart)) {
                show.accept(typed.getOrDefault(part, ""));
            }
        });
    }
}
