package app.stride.practice.ui;

import app.stride.account.CurrentUser;
import app.stride.bank.QuestionBank;
import app.stride.exercise.Exercise;
import app.stride.exercise.ui.AnswerInput;
import app.stride.practice.PracticeService;
import app.stride.shell.Titles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Practise a topic, or let Stride pick the weakest or a due one: one exercise at a time, graded
 * on the spot with the feedback on the mistake and the worked solution; then the same question
 * with new numbers, or the next one.
 */
@Route("practice")
@PermitAll
@Menu(order = 5, title = "nav.practice", icon = "vaadin:academy-cap")
class PracticeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Select<String> family = new Select<>();
    final Select<Integer> difficulty = new Select<>();
    final Button start = new Button();
    final Button suggest = new Button();
    final Paragraph status = new Paragraph();
    final Div stage = new Div();
    final Button newVariant = new Button();
    final Button next = new Button();
    ExerciseCard card;

    private final PracticeService practice;
    private final QuestionBank bank;
    private final Clock clock;
    private final CurrentUser user;
    private long shownAt;
    /**
     * The variants this page has shown, answered or not, so that "Next" does not show one again
     * (those answered today the service finds itself): the newest {@link #SHOWN_KEPT}, a few KB.
     */
    private final Set<Long> shownHere = new LinkedHashSet<>();
    private static final int SHOWN_KEPT = 200;

    PracticeView(PracticeService practice, QuestionBank bank, Clock clock, CurrentUser user) {
        this.practice = practice;
        this.bank = bank;
        this.clock = clock;
        this.user = user;
        addClassNames("stride-page", "stride-practice");

        family.setLabel(getTranslation("practice.family"));
        family.setItems(practice.families());
        family.setItemLabelGenerator(f -> f == null ? getTranslation("practice.family.any") : getTranslation("family." + f));
        family.setEmptySelectionAllowed(true);
        family.setEmptySelectionCaption(getTranslation("practice.family.any"));
        difficulty.setLabel(getTranslation("practice.difficulty"));
        difficulty.setItems(1, 2, 3);
        difficulty.setItemLabelGenerator(d -> d == null ? getTranslation("practice.difficulty.any")
                : getTranslation("practice.difficulty." + d));
        difficulty.setEmptySelectionAllowed(true);
        difficulty.setEmptySelectionCaption(getTranslation("practice.difficulty.any"));
        start.setText(getTranslation("practice.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> show(practice.next(family.getValue(), difficulty.getValue(), shownHere)));
        suggest.setText(getTranslation("practice.suggest"));
        suggest.setIcon(VaadinIcon.LIGHTBULB.create());
        suggest.addClickListener(click -> suggest());

        newVariant.setText(getTranslation("practice.variant"));
        newVariant.setIcon(VaadinIcon.REFRESH.create());
        newVariant.addClickListener(click -> show(practice.variant(card.exercise.template().id(), shownHere)));
        next.setText(getTranslation("practice.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.addClickListener(click -> show(practice.next(family.getValue(), difficulty.getValue(), shownHere)));
        Div after = new Div(newVariant, next);
        after.addClassName("stride-toolbar");
        newVariant.setEnabled(false);
        next.setEnabled(false);

        Div controls = new Div(family, difficulty, start, suggest);
        controls.addClassName("stride-toolbar");
        status.addClassName("stride-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("nav.practice")), controls, status, stage, after);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the view may be reused for another address: nothing of the previous exercise stays
        stage.removeAll();
        card = null;
        status.setText("");
        newVariant.setEnabled(false);
        next.setEnabled(false);
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        Optional<String> attempt = first(params, "attempt");
        if (attempt.isPresent()) {
            openAttempt(attempt.get());
            return;
        }
        Optional<String> template = first(params, "template");
        if (template.isPresent()) {
            if (bank.template(template.get()).isEmpty()) {
                status.setText(getTranslation("practice.link.template"));
                return;
            }
            Optional<String> seed = first(params, "seed");
            if (seed.isEmpty()) {
                show(practice.variant(template.get()));
                return;
            }
            number(seed.get()).flatMap(s -> practice.reopen(template.get(), s)).ifPresentOrElse(this::show,
                    () -> status.setText(getTranslation("practice.link.seed")));
            return;
        }
        Optional<String> topic = first(params, "family");
        if (topic.isPresent() && practice.families().contains(topic.get())) {
            family.setValue(topic.get());
            show(practice.next(topic.get(), null, shownHere));
        } else if (topic.isPresent()) {
            status.setText(getTranslation("practice.link.family"));
        }
    }

    /** An earlier attempt from a link: not found, or not the caller's to open, is said on the page. */
    private void openAttempt(String id) {
        try {
            number(id).filter(n -> n > 0).flatMap(practice::review).ifPresentOrElse(this::review,
                    () -> status.setText(getTranslation("practice.link.attempt")));
        } catch (AccessDeniedException e) {
            status.setText(getTranslation("practice.link.denied"));
        }
    }

    /** A whole number as a {@code long}; empty for anything else (letters, a number out of range). */
    static Optional<Long> number(String text) {
        if (!text.matches("-?\\d{1,19}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().findFirst();
    }

    /** An earlier attempt: its numbers, the answers as typed, the grade and the worked solution. */
    void review(PracticeService.Review review) {
        show(review.exercise(), review.owner());
        if (!card.submit.isEnabled()) {
            // an exercise whose answer was shown: nothing was answered, the 0 stands
            status.setText(getTranslation("practice.revealed.before"));
            return;
        }
        card.fill(review.typed());
        card.show(review.feedback(), true);
        status.setText(getTranslation("practice.review", Math.round(review.feedback().score() * 100)));
        newVariant.setEnabled(hasOtherNumbers());
        next.setEnabled(true);
    }

    void suggest() {
        String f = practice.suggestion();
        family.setValue(f);
        show(practice.next(f, null, shownHere));
        status.setText(getTranslation("practice.suggested", getTranslation("family." + f)));
    }

    /** An exercise drawn for the student; one of another difficulty than asked is said, with both levels. */
    void show(PracticeService.Next next) {
        show(next.exercise());
        if (next.fellBack()) {
            status.setText(getTranslation("practice.difficulty.fallback",
                    getTranslation("practice.difficulty." + next.askedDifficulty()),
                    getTranslation("practice.difficulty." + next.exercise().template().difficulty())));
        } else if (next.seenBefore()) {
            status.setText(getTranslation("practice.seen.all"));
        }
    }

    void show(Exercise exercise) {
        show(exercise, user.id());
    }

    /** {@code viewer}: whose order a choice question's options come in (the student's own, also when a teacher reads it). */
    private void show(Exercise exercise, long viewer) {
        shownHere.add(practice.variantKey(exercise));
        if (shownHere.size() > SHOWN_KEPT) {
            shownHere.remove(shownHere.iterator().next());
        }
        stage.removeAll();
        status.setText("");
        // the student's account orders a choice question's options: the same on every reload and in the review
        card = new ExerciseCard(exercise, viewer, bank, this::submit, this::reveal);
        stage.add(card);
        newVariant.setEnabled(false);
        next.setEnabled(false);
        shownAt = clock.millis();
        if (practice.revealed(exercise)) {
            // its answer was shown once: it can no longer earn credit, only be read again
            card.showRevealed();
            status.setText(getTranslation("practice.revealed.before"));
            newVariant.setEnabled(true);
            next.setEnabled(true);
            return;
        }
        // the first answer box (or option) takes the keyboard
        card.inputs.values().stream().findFirst().ifPresent(AnswerInput::takeFocus);
    }

    void submit(Map<String, String> typed) {
        PracticeService.Submission result = practice.submit(card.exercise, typed, clock.millis() - shownAt, "practice",
                getLocale());
        card.show(result.feedback(), result.recorded());
        if (result.recorded()) {
            status.setText(getTranslation(scoreKey(result), Math.round(result.feedback().score() * 100),
                    Math.round(result.masteryAfter() * 100), result.streak(), PracticeService.MASTERED_AFTER));
            newVariant.setEnabled(hasOtherNumbers());
            next.setEnabled(true);
            next.focus();
        } else if (!result.feedback().needsAnotherLook()) {
            // graded, yet not recorded: this exercise's answer was shown before (another tab)
            card.showRevealed();
            status.setText(getTranslation("practice.revealed.before"));
            newVariant.setEnabled(hasOtherNumbers());
            next.setEnabled(true);
        } else {
            status.setText(getTranslation("practice.notgraded"));
        }
    }

    /** "Show the answer", confirmed: recorded as a wrong answer first, then the key and the worked solution. */
    void reveal() {
        PracticeService.Submission result = practice.reveal(card.exercise, clock.millis() - shownAt);
        card.showRevealed();
        status.setText(getTranslation("practice.revealed", Math.round(result.masteryAfter() * 100)));
        newVariant.setEnabled(true);
        next.setEnabled(true);
        next.focus();
    }

    /** A question without numbers to draw (a concept question) has no "same question, new numbers". */
    private boolean hasOtherNumbers() {
        return !card.exercise.template().params().isEmpty();
    }

    /**
     * The status after a graded answer says the mastery rule's state after it (see {@code
     * Mastery.record}): mastered only while the run of fully right different variants holds, so a
     * wrong answer is never congratulated; one that ends a mastery says so, and what brings it back.
     */
    static String scoreKey(PracticeService.Submission result) {
        if (result.mastered()) {
            return "practice.score.mastered";
        }
        if (result.wasMastered()) {
            return "practice.score.lost";
        }
        return result.streak() > 0 ? "practice.score.run" : "practice.score";
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "nav.practice");
    }
}
