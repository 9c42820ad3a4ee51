package app.stride.quiz.ui;

import app.stride.bank.QuestionBank;
import app.stride.quiz.Csv;
import app.stride.quiz.ExportNames;
import app.stride.quiz.MoodleExport;
import app.stride.quiz.QuizExceptionsService;
import app.stride.quiz.QuizInputException;
import app.stride.quiz.QuizRegradeService;
import app.stride.quiz.QuizResultsService;
import app.stride.shell.Titles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** A quiz's results for its teacher: who started and submitted, scores, question statistics, exports. */
@Route("quiz-results")
@RolesAllowed({"TEACHER", "ADMIN"})
class QuizResultsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MS = 5000;
    /** How often the time used so far is brought up to date while attempts run (the rows show whole minutes). */
    static final Duration REREAD_RUNNING = Duration.ofMinutes(1);

    final StudentGrid students;
    final Grid<QuizResultsService.QuestionStats> questions = new Grid<>();
    final Div downloads = new Div();
    final H1 heading = new H1();
    final Paragraph summary = new Paragraph();
    final IntegerField variants = new IntegerField();
    final Anchor csv = new Anchor();
    final Anchor moodleXml = new Anchor();
    /** The grades as Moodle's grade import reads them. */
    final Anchor gradebook = new Anchor();
    /** Says which lines of the quiz have fewer distinct versions than the variants asked. */
    final Paragraph moodleFewer = new Paragraph();
    private final QuizResultsService results;
    private final MoodleExport moodle;
    private final QuestionBank bank;
    private long quizId = -1;
    private Registration pollRegistration;
    private Registration resizeRegistration;
    /** When the results were last read: while attempts run, their time used moves without a change of mark. */
    private Instant readAt = Instant.MIN;
    /** Whether the results can still change; until the first read, assume so. */
    private boolean live = true;
    /** What the results looked like at the last read: a poll reads them again only when it changed. */
    private QuizResultsService.Mark shown;
    private final Clock clock;
    /** The quiz's title as last shown, for the names of its downloads. */
    private String title = "";

    final QuizClosingControls closing;
    private final QuizExceptionsService exceptions;

    final Button regradeButton = new Button();
    /** The group's members without an attempt, with their exceptions. */
    final NotStartedList notStarted;
    /** The last regrade dialog opened, for tests. */
    RegradeDialog regradeDialog;

    QuizResultsView(QuizResultsService results, MoodleExport moodle, QuestionBank bank, Clock clock,
                    QuizExceptionsService exceptions, QuizRegradeService regrade) {
        this.results = results;
        regradeButton.setText(getTranslation("quiz.regrade"));
        regradeButton.addClickListener(click -> {
            regradeDialog = new RegradeDialog(regrade, quizId, this::reread);
            regradeDialog.open();
        });
        this.exceptions = exceptions;
        // the teacher types local times; the server's zone is the school's
        this.closing = new QuizClosingControls(exceptions, ZoneId.systemDefault(), this::reread);
        this.clock = clock;
        this.bank = bank;
        this.moodle = moodle;
        this.students = new StudentGrid(clock);
        addClassName("stride-page");
        students.actions(this::exceptionsButton);
        notStarted = new NotStartedList(this::beforeStartButton);
        // the question as a teacher knows it, its template id beside it for the bank
        questions.addColumn(q -> TopicNames.template(this, bank, q.templateId())).setKey("question").setHeader(getTranslation("quiz.col.question"))
                .setTooltipGenerator(QuizResultsService.QuestionStats::templateId);
        questions.addColumn(QuizResultsService.QuestionStats::answered).setKey("answered")
                .setHeader(getTranslation("quiz.col.answered"));
        questions.addColumn(q -> Math.round(q.meanScore() * 100) + "%").setKey("mean")
                .setHeader(getTranslation("quiz.col.mean")).setTooltipGenerator(q -> getTranslation("quiz.col.mean.why"));
        questions.addColumn(this::discrimination)
                .setKey("discrimination").setHeader(getTranslation("quiz.col.discrimination"))
                .setTooltipGenerator(q -> q.discrimination() == null
                        ? getTranslation("quiz.col.discrimination.few", QuizResultsService.MIN_ANSWERS) : null);
        questions.addColumn(q -> q.mistakes().entrySet().stream()
                        .map(e -> e.getValue() + " × " + mistakeName(q.templateId(), e.getKey(), true))
                        .collect(Collectors.joining("; "))).setKey("mistakes")
                .setHeader(getTranslation("quiz.col.mistakes"))
                .setTooltipGenerator(q -> q.mistakes().keySet().stream()
                        .map(id -> mistakeName(q.templateId(), id, false)).collect(Collectors.joining("\n")));
        questions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        questions.setAllRowsVisible(true);
        // on a phone the two figure columns move under a tapped row, so that the grid does not scroll sideways
        questions.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(q -> new Div(
                new Span(getTranslation("quiz.col.answered") + ": " + q.answered()),
                new Span(getTranslation("quiz.col.discrimination") + ": " + discrimination(q)))));
        questions.setDetailsVisibleOnClick(false);
        questions.addClassName("stride-question-stats");
        questions.setEmptyStateText(getTranslation("quiz.results.none"));
        heading.setText(getTranslation("quiz.results"));
        summary.getElement().setAttribute("aria-live", "polite");
        variants.setLabel(getTranslation("quiz.moodle.variants"));
        variants.setHelperText(getTranslation("quiz.moodle.variants.help", MoodleExport.MAX_VARIANTS));
        variants.setMin(1);
        variants.setMax(MoodleExport.MAX_VARIANTS);
        variants.setStepButtonsVisible(true);
        // the field's own min/max check would fight the message this view puts on it
        variants.setManualValidation(true);
        variants.setValue(5);
        variants.addValueChangeListener(e -> moodleLink());
        csv.setText(getTranslation("quiz.csv"));
        moodleXml.setText(getTranslation("quiz.moodle"));
        csv.getElement().setAttribute("download", true);
        moodleXml.getElement().setAttribute("download", true);
        gradebook.setText(getTranslation("quiz.gradebook"));
        gradebook.getElement().setAttribute("download", true);
        moodleFewer.setVisible(false);
        moodleFewer.getElement().setAttribute("aria-live", "polite");
        downloads.add(csv, gradebook, variants, moodleXml, moodleFewer, regradeButton);
        downloads.addClassName("stride-toolbar");
        closing.setVisible(false);
        add(heading, summary, downloads, closing, new H2(getTranslation("quiz.students")), students.hint, students,
                notStarted, new H2(getTranslation("quiz.questions")), questions);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // live while the quiz runs: who started, who handed in; every few seconds one cheap look
        // tells whether anything changed, and only then are the results read again
        event.getUI().setPollInterval(live ? POLL_MS : -1);
        pollRegistration = event.getUI().addPollListener(poll -> refreshIfChanged());
        // a phone gets the grid's narrow layout; turning it or resizing the window switches
        event.getUI().getPage().retrieveExtendedClientDetails(
                details -> narrow(details.getWindowInnerWidth() < StudentGrid.NARROW_PX));
        resizeRegistration = event.getUI().getPage().addBrowserWindowResizeListener(
                resize -> narrow(resize.getWidth() < StudentGrid.NARROW_PX));
    }

    /** The phone's layout of both grids, or the wide one. */
    void narrow(boolean narrow) {
        students.narrow(narrow);
        questions.getColumnByKey("answered").setVisible(!narrow);
        questions.getColumnByKey("discrimination").setVisible(!narrow);
        questions.setDetailsVisibleOnClick(narrow);
        if (!narrow) {
            questions.getListDataView().getItems().forEach(item -> questions.setDetailsVisible(item, false));
        }
    }

    private String discrimination(QuizResultsService.QuestionStats q) {
        return q.discrimination() == null ? "—" : String.format(getLocale(), "%.2f", q.discrimination());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        // the UI outlives this view: a listener left behind would keep refreshing a detached page
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
        if (resizeRegistration != null) {
            resizeRegistration.remove();
            resizeRegistration = null;
        }
    }

    /** The button that opens one student's exceptions, named for them for a screen reader. */
    private Button exceptionsButton(QuizResultsService.StudentResult s) {
        Button open = new Button(getTranslation("quiz.exception.button"), click -> {
            exceptionsDialog = StudentExceptionsDialog.forAttempt(exceptions, s, ZoneId.systemDefault(), clock,
                    this::reread);
            exceptionsDialog.open();
        });
        return named(open, s.username());
    }

    /** The same, for a group member who has not started: what they are given waits for their first attempt. */
    private Button beforeStartButton(QuizResultsService.NotStarted s) {
        Button open = new Button(getTranslation("quiz.exception.button"), click -> {
            exceptionsDialog = StudentExceptionsDialog.beforeStart(exceptions, quizId, s, this::reread);
            exceptionsDialog.open();
        });
        return named(open, s.username());
    }

    private Button named(Button open, String username) {
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        open.getElement().setAttribute("aria-label", getTranslation("quiz.exception.button") + " " + username);
        open.getElement().setAttribute("data-exceptions", username);
        return open;
    }

    /** The last exceptions dialog opened, for tests. */
    StudentExceptionsDialog exceptionsDialog;

    /** After a teacher's change: the results, the closing controls and the history read again. */
    private void reread() {
        if (quizId >= 0) {
            refresh(currentMark());
        }
    }

    /**
     * A mistake in the catalogue's words: the whole sentence, or its opening words up to the
     * first colon or full stop ("You left out the bias"), short enough for a table cell.
     */
    private String mistakeName(String templateId, String misconceptionId, boolean brief) {
        return bank.template(templateId).flatMap(t -> bank.misconceptionText(t, misconceptionId))
                .map(text -> text.in(getLocale()))
                .map(text -> brief ? text.split("[:;.]", 2)[0] : text)
                .orElse(misconceptionId);
    }

    private void refreshIfChanged() {
        if (quizId < 0) {
            return;
        }
        QuizResultsService.Mark now = currentMark();
        boolean running = now.started() > now.handedIn();
        if (!now.equals(shown) || running && !clock.instant().isBefore(readAt.plus(REREAD_RUNNING))) {
            refresh(now);
        }
    }

    /** The mark, after handing in attempts whose time ran out while their students were away. */
    private QuizResultsService.Mark currentMark() {
        QuizResultsService.Mark mark = results.mark(quizId);
        if (mark.overdue() > 0) {
            results.handInOverdue(quizId);
            mark = results.mark(quizId);
        }
        return mark;
    }

    private void refresh(QuizResultsService.Mark mark) {
        QuizResultsService.Results r = results.results(quizId);
        shown = mark;
        readAt = clock.instant();
        long handedIn = r.students().stream().filter(QuizResultsService.StudentResult::submitted).count();
        String words = getTranslation("quiz.results.summary", r.joinCode() == null ? "—" : r.joinCode(),
                r.students().size(), handedIn) + (r.live() ? " · " + getTranslation("quiz.results.live") : "");
        // a live region: written again, even with the same words, a screen reader reads it out again
        if (!words.equals(summary.getText())) {
            summary.setText(words);
        }
        heading.setText(getTranslation("quiz.results.title", r.title()));
        title = r.title();
        // a closed quiz with every attempt handed in changes no more: stop asking the server
        live = r.live();
        getUI().ifPresent(ui -> ui.setPollInterval(live ? POLL_MS : -1));
        students.setItems(r.students());
        notStarted.show(r.notStarted());
        questions.setItems(r.questions());
        closing.setVisible(true);
        closing.show(quizId, mark.open());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getLocation().getQueryParameters().getParameters().getOrDefault("id", List.of("")).get(0);
        quizId = -1;
        downloads.setVisible(false);
        if (!id.matches("\\d{1,18}")) {
            notFound("quiz.error.unknown");
            return;
        }
        quizId = Long.parseLong(id);
        try {
            refresh(currentMark());
        } catch (QuizInputException e) {
            notFound(e.messageKey());
            return;
        }
        downloads.setVisible(true);
        long quizId = this.quizId;
        csv.setHref(download(ExportNames.of(title, LocalDate.now(clock), "csv"), Csv.CONTENT_TYPE,
                () -> results.csv(quizId)));
        gradebook.setHref(download(ExportNames.of(title + " grades", LocalDate.now(clock), "csv"), Csv.CONTENT_TYPE,
                () -> results.gradebook(quizId)));
        moodleLink();
    }

    /** A quiz that does not exist (a mistyped link): said on the page, nothing to poll or download. */
    private void notFound(String messageKey) {
        summary.setText(getTranslation(messageKey));
        quizId = -1;
        live = false;
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        students.setItems(List.of());
        questions.setItems(List.of());
        closing.setVisible(false);
    }

    /** The Moodle file for the number of variants asked; a number out of range keeps the last good link. */
    private void moodleLink() {
        Integer n = variants.getValue();
        if (quizId < 0 || n == null || n < 1 || n > MoodleExport.MAX_VARIANTS) {
            variants.setInvalid(quizId >= 0);
            variants.setErrorMessage(getTranslation("quiz.moodle.variants.help", MoodleExport.MAX_VARIANTS));
            return;
        }
        variants.setInvalid(false);
        long quizId = this.quizId;
        Locale locale = getLocale();
        List<MoodleExport.Shortfall> fewer = moodle.build(quizId, n, locale).shortfalls();
        moodleFewer.setVisible(!fewer.isEmpty());
        moodleFewer.setText(fewer.isEmpty() ? "" : getTranslation("quiz.moodle.fewer", fewer.stream()
                .map(f -> getTranslation("quiz.moodle.fewer.one", f.slots(), f.distinct(), f.asked()))
                .collect(Collectors.joining("; "))));
        moodleXml.setHref(download(ExportNames.of(title, LocalDate.now(clock), "xml"), MoodleExport.CONTENT_TYPE,
                () -> moodle.export(quizId, n, locale).getBytes(StandardCharsets.UTF_8)));
    }

    /** A file made when it is downloaded, saying what it is and in which charset. */
    private static StreamResource download(String name, String contentType, Supplier<byte[]> bytes) {
        StreamResource file = new StreamResource(name, () -> new ByteArrayInputStream(bytes.get()));
        file.setContentType(contentType);
        return file;
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "quiz.results");
    }
}
