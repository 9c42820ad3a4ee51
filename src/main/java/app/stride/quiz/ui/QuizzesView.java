package app.stride.quiz.ui;

import app.stride.bank.QuestionBank;
import app.stride.exercise.ChoiceOrder;
import app.stride.exercise.Exercise;
import app.stride.exercise.ExercisePart;
import app.stride.exercise.KeyText;
import app.stride.exercise.ui.AnswerForm;
import app.stride.exercise.ui.ExerciseSolution;
import app.stride.quiz.QuizCard;
import app.stride.quiz.QuizExceptionsService;
import app.stride.quiz.QuizInputException;
import app.stride.quiz.QuizService;
import app.stride.group.GroupCard;
import app.stride.group.GroupService;
import app.stride.quiz.QuizSettings;
import app.stride.quiz.QuizState;
import app.stride.quiz.QuizStatus;
import app.stride.quiz.QuizTakingService;
import app.stride.shell.StaticText;
import app.stride.shell.Titles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A teacher's quizzes: build one, publish it with a join code, duplicate, archive, open the results. */
@Route("quizzes")
@RolesAllowed({"TEACHER", "ADMIN"})
@Menu(order = 40, title = "nav.quizzes", icon = "vaadin:clipboard-check")
class QuizzesView extends Main implements HasDynamicTitle {

    /** One card per quiz: it wraps at phone width where a table of five columns would not. */
    final Div list = new Div();
    final QuizForm form;
    final H2 formTitle = new H2();
    final Button save = new Button();
    final Paragraph message = new Paragraph();
    private final QuizService quizzes;
    /** The names of the groups quizzes on this page may be limited to, by id. */
    private final Map<Long, String> groupNames = new java.util.HashMap<>();
    private final QuizTakingService taking;
    private final JoinLink joinLink;
    private final QuestionBank bank;
    Dialog previewDialog;
    /** The last confirmation or QR dialog opened, for a browserless test to reach. */
    Dialog archiveDialog;
    Dialog qrDialog;
    /** The quiz being edited, or null while the form creates a new one. */
    private Long editing;

    private final QuizExceptionsService exceptions;
    /** The last delete dialog opened, for tests. */
    DeleteQuizDialog deleteDialog;

    QuizzesView(QuizService quizzes, QuizTakingService taking, QuestionBank bank, JoinLink joinLink,
                QuizExceptionsService exceptions, GroupService groups) {
        this.joinLink = joinLink;
        this.bank = bank;
        this.quizzes = quizzes;
        this.exceptions = exceptions;
        this.taking = taking;
        this.form = new QuizForm(bank);
        List<GroupCard.Option> choices = groups.choices();
        form.groups(choices);
        // the groups the teacher may limit a quiz to are those whose quizzes they see: their names, for the cards
        choices.forEach(g -> groupNames.put(g.id(), g.name()));
        addClassName("stride-page");
        save.setText(getTranslation("quiz.create"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        message.getElement().setAttribute("aria-live", "polite");
        list.addClassName("stride-quiz-list");
        formTitle.setText(getTranslation("quiz.new"));
        // the cards' H3 titles sit under a heading of their own level, as the form's do
        add(new H1(getTranslation("nav.quizzes")), new H2(getTranslation("quiz.list.heading")), list, formTitle, form,
                save, message);
        refresh();
    }

    private Div actions(QuizCard quiz) {
        Div actions = new Div();
        actions.addClassName("stride-toolbar");
        if (quiz.joinCode() == null) {
            Button publish = new Button(getTranslation("quiz.publish"), click -> {
                try {
                    quizzes.publish(quiz.id());
                    refresh();
                } catch (QuizInputException e) {
                    Notification note = Notification.show(quiz.title() + ": " + getTranslation(e.messageKey()),
                            6000, Notification.Position.MIDDLE);
                    note.addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
            publish.getElement().setAttribute("data-quiz", quiz.title());
            actions.add(publish);
        } else {
            String link = joinLink.of(quiz.joinCode());
            Button copy = new Button(getTranslation("quiz.link.copy"), click -> copy(link));
            copy.getElement().setAttribute("data-copy", link);
            Button qr = new Button(getTranslation("quiz.qr"), click -> showQr(quiz, link));
            actions.add(copy, qr, new Anchor("quiz-results?id=" + quiz.id(), getTranslation("quiz.results")));
        }
        if (quiz.editable()) {
            // the settings are read when the teacher asks to edit, not for every card
            Button edit = new Button(getTranslation("quiz.edit"), click -> quizzes.editableSettings(quiz.id())
                    .ifPresentOrElse(settings -> edit(quiz.id(), settings), this::refresh));
            edit.getElement().setAttribute("data-edit", quiz.title());
            actions.add(edit);
        }
        Button preview = new Button(getTranslation("quiz.preview"), click -> preview(quiz));
        preview.getElement().setAttribute("data-preview", quiz.title());
        actions.add(preview);
        actions.add(new Button(getTranslation("quiz.duplicate"), click -> {
            QuizCard copy = quizzes.duplicate(quiz.id());
            message.setText(getTranslation("quiz.duplicated", copy.title()));
            refresh();
        }));
        if (quiz.status() != QuizStatus.ARCHIVED) {
            actions.add(new Button(getTranslation("quiz.archive"), click -> confirmArchive(quiz)));
        }
        Button delete = new Button(getTranslation("quiz.delete"), click -> {
            deleteDialog = new DeleteQuizDialog(exceptions, quiz, () -> {
                message.setText(getTranslation("quiz.delete.done", quiz.title()));
                refresh();
            });
            deleteDialog.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.getElement().setAttribute("data-delete", quiz.title());
        actions.add(delete);
        // every card has the same buttons: a screen reader hears which quiz each one is for
        actions.getChildren().forEach(c -> c.getElement().setAttribute("aria-label",
                c.getElement().getTextRecursively() + ": " + quiz.title()));
        return actions;
    }

    /** The link onto the clipboard; the message says so, also to a screen reader. */
    private void copy(String link) {
        getElement().executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0) : null", link);
        message.setText(getTranslation("quiz.link.copied", link));
    }

    /** For the projector: the code in big letters, the QR code of the link, and the link to type. */
    void showQr(QuizCard quiz, String link) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(quiz.title());
        dialog.addClassName("stride-qr-dialog");
        Div code = new Div(quiz.joinCode());
        code.addClassName("stride-qr-code");
        Div picture = new Div();
        picture.addClassName("stride-qr-picture");
        picture.getElement().setProperty("innerHTML", QrSvg.of(link));
        picture.getElement().setAttribute("role", "img");
        picture.getElement().setAttribute("aria-label", getTranslation("quiz.qr.label", link));
        Paragraph address = new Paragraph(link);
        address.addClassName("stride-qr-link");
        dialog.add(code, picture, address);
        dialog.getFooter().add(new Button(getTranslation("quiz.preview.close"), click -> dialog.close()));
        dialog.setWidth("min(95vw, 48rem)");
        dialog.open();
        qrDialog = dialog;
    }

    /** Archiving takes a quiz off the list of running ones: asked once, saying what it does. */
    void confirmArchive(QuizCard quiz) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("quiz.archive.title", quiz.title()));
        confirm.add(new Paragraph(getTranslation(quiz.state() == QuizState.OPEN ? "quiz.archive.confirm.open"
                : "quiz.archive.confirm")));
        Button keep = new Button(getTranslation("quiz.archive.keep"), click -> confirm.close());
        Button archive = new Button(getTranslation("quiz.archive"), click -> {
            confirm.close();
            quizzes.archive(quiz.id());
            message.setText(getTranslation("quiz.archived.done", quiz.title()));
            refresh();
        });
        archive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        archive.getElement().setAttribute("data-confirm", "archive");
        confirm.getFooter().add(keep, archive);
        confirm.open();
        archiveDialog = confirm;
    }

    /**
     * What a student would see — every question with its numbers, its picture and its answer
     * boxes — and what only the teacher sees: the key beside each box, and the worked solution.
     * Check grades the answers typed as a student's would be, with the feedback, and records nothing.
     */
    void preview(QuizCard quiz) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("quiz.preview.title", quiz.title()));
        // the questions scroll in a region of their own that takes the keyboard (the dialog's own
        // scroller is out of reach): the arrow and page keys reach every question, not only Tab's
        Div questions = new Div();
        questions.addClassName("stride-preview-scroll");
        questions.getElement().setAttribute("tabindex", "0");
        questions.getElement().setAttribute("role", "region");
        questions.getElement().setAttribute("aria-label", getTranslation("quiz.preview.questions"));
        dialog.add(questions);
        int n = 0;
        for (Exercise exercise : taking.preview(quiz.id())) {
            QuestionCard card = new QuestionCard(QuestionCard.subheading(getTranslation("quiz.question", n + 1)),
                    exercise);
            // shuffled as for anyone; each student's own order differs, the key beside says which is right
            AnswerForm form = new AnswerForm(exercise, ChoiceOrder.ANYONE, Map.of(), "preview-" + n + "-",
                    AnswerForm.Mode.ON_CHECK);
            for (ExercisePart part : exercise.parts()) {
                Div key = StaticText.of(new Div(), getTranslation("quiz.preview.key",
                        KeyText.of(exercise, part.id(), getLocale())));
                key.addClassName("stride-key");
                key.getElement().setAttribute("data-key", part.id());
                form.result(part.id()).add(key);
            }
            Details solution = new Details(getTranslation("practice.solution"), new ExerciseSolution(exercise));
            // graded as a student's answer would be, in memory: the preview records nothing
            Paragraph score = new Paragraph();
            score.addClassName("stride-meta");
            score.getElement().setAttribute("aria-live", "polite");
            Button check = new Button(getTranslation("practice.submit"), click -> {
                double got = PreviewCheck.show(bank, exercise, form, getLocale());
                score.setText(getTranslation("quiz.preview.score", Math.round(got * 100)));
                solution.setOpened(true);
            });
            check.getElement().setAttribute("data-check-question", String.valueOf(n));
            check.getElement().setAttribute("aria-label", getTranslation("quiz.preview.check", n + 1));
            card.add(form, check, score, solution);
            questions.add(card);
            n++;
        }
        dialog.getFooter().add(new Button(getTranslation("quiz.preview.close"), click -> dialog.close()));
        dialog.open();
        previewDialog = dialog;
    }

    /** Puts a quiz that has not opened yet into the form; the primary button then saves it. */
    void edit(long quizId, QuizSettings settings) {
        editing = quizId;
        form.load(settings);
        save.setText(getTranslation("quiz.save"));
        formTitle.setText(getTranslation("quiz.editing", settings.title()));
    }

    void save() {
        form.clearErrors();
        try {
            QuizSettings settings = form.read();
            if (editing == null) {
                quizzes.create(settings);
                message.setText(getTranslation("quiz.created", settings.title()));
            } else {
                quizzes.update(editing, settings);
                message.setText(getTranslation("quiz.updated", settings.title()));
                editing = null;
                save.setText(getTranslation("quiz.create"));
                formTitle.setText(getTranslation("quiz.new"));
            }
            form.clearQuestions();
            refresh();
        } catch (QuizInputException e) {
            message.setText(getTranslation(e.messageKey()));
            form.showError(e);
        }
    }

    private void refresh() {
        list.removeAll();
        List<QuizCard> mine = quizzes.mine();
        List<QuizCard> archived = mine.stream().filter(q -> q.status() == QuizStatus.ARCHIVED).toList();
        if (mine.size() == archived.size()) {
            list.add(new Paragraph(getTranslation("quiz.none")));
        }
        mine.stream().filter(q -> q.status() != QuizStatus.ARCHIVED).forEach(q -> list.add(card(q)));
        if (!archived.isEmpty()) {
            // out of the way, but at hand: last year's results, a quiz to copy
            Div old = new Div();
            archived.forEach(q -> old.add(card(q)));
            list.add(new Details(getTranslation("quiz.archived", archived.size()), old));
        }
    }

    private Div card(QuizCard quiz) {
        Span status = new Span(getTranslation("quiz.state." + quiz.state().name().toLowerCase()));
        status.getElement().setAttribute("data-state", quiz.state().name().toLowerCase());
        status.addClassName("stride-status");
        Div heading = new Div(new H3(quiz.title()), status);
        heading.addClassName("stride-quiz-heading");
        if (quiz.joinCode() != null) {
            Span code = new Span(quiz.joinCode());
            code.addClassName("stride-code");
            // what a browserless client (the crash test, the load client) reads the code by
            code.getElement().setAttribute("data-join-code", quiz.joinCode());
            code.getElement().setAttribute("aria-label", getTranslation("quiz.col.code") + " " + quiz.joinCode());
            heading.add(code);
        }
        Paragraph what = new Paragraph(quiz.items().stream().map(form::describe).collect(Collectors.joining(", ")));
        Div card = new Div(heading, what, new QuizCardSettings(quiz,
                quiz.groupId() == null ? null : groupNames.get(quiz.groupId())));
        if (quiz.sharedBy() != null) {
            Paragraph owner = new Paragraph(getTranslation("quiz.card.owner", quiz.sharedBy()));
            owner.addClassName("stride-quiz-owner");
            card.add(owner);
        }
        if (quiz.joinCode() != null) {
            Paragraph progress = new Paragraph(getTranslation("quiz.card.counts", quiz.started(), quiz.handedIn()));
            progress.addClassName("stride-quiz-counts");
            card.add(progress);
        }
        card.add(actions(quiz));
        card.addClassName("stride-quiz-card");
        card.getElement().setAttribute("data-quiz-id", String.valueOf(quiz.id()));
        return card;
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "nav.quizzes");
    }
}
