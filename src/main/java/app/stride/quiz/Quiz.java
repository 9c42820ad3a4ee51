package app.stride.quiz;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A teacher's quiz: what it asks, when it is open, how long an attempt lasts, what students see.
 * Views read it as a {@link QuizCard}; only the quiz services load the entity.
 */
@Entity
@Table(name = "quiz")
class Quiz {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(nullable = false, length = 120)
    private String title;
    @Column(name = "join_code", length = 12)
    private String joinCode;
    @Column(name = "time_limit_minutes", nullable = false)
    private int timeLimitMinutes;
    @Column(name = "opens_at")
    private Instant opensAt;
    @Column(name = "closes_at")
    private Instant closesAt;
    @Column(name = "attempts_allowed", nullable = false)
    private int attemptsAllowed;
    @Column(nullable = false)
    private boolean shuffle;
    @Column(name = "same_variants", nullable = false)
    private boolean sameVariants;
    @Enumerated(EnumType.STRING)
    @Column(name = "feedback_policy", nullable = false, length = 16)
    private FeedbackPolicy feedbackPolicy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuizStatus status;
    @Column(name = "variant_seed", nullable = false)
    private long variantSeed;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "group_id")
    private Long groupId;
    @OneToMany(mappedBy = "quiz", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<QuizItem> items = new ArrayList<>();

    protected Quiz() {
    }

    Quiz(long ownerId, QuizSettings settings, long variantSeed, Instant now) {
        this.ownerId = ownerId;
        this.variantSeed = variantSeed;
        this.createdAt = now;
        this.status = QuizStatus.DRAFT;
        apply(settings);
    }

    void apply(QuizSettings s) {
        title = s.title();
        timeLimitMinutes = s.timeLimitMinutes();
        opensAt = s.opensAt();
        closesAt = s.closesAt();
        attemptsAllowed = s.attemptsAllowed();
        shuffle = s.shuffle();
        sameVariants = s.sameVariants();
        feedbackPolicy = s.feedbackPolicy();
        groupId = s.groupId();
        items.clear();
        for (int i = 0; i < s.items().size(); i++) {
            QuizSettings.Item item = s.items().get(i);
            items.add(new QuizItem(this, i, item.family(), item.templateId(), item.difficulty(), item.count()));
        }
    }

    QuizSettings settings() {
        return new QuizSettings(title, items.stream().map(QuizItem::toSettings).toList(), shuffle, timeLimitMinutes,
                opensAt, closesAt, attemptsAllowed, sameVariants, feedbackPolicy, groupId);
    }

    /** Open for attempts at this moment: published, and inside its window. */
    boolean isOpen(Instant now) {
        return isOpen(status, opensAt, closesAt, now);
    }

    static boolean isOpen(QuizStatus status, Instant opensAt, Instant closesAt, Instant now) {
        return status == QuizStatus.PUBLISHED && (opensAt == null || !now.isBefore(opensAt))
                && (closesAt == null || now.isBefore(closesAt));
    }

    /** Whether a handed-in attempt may show its grades: per the feedback policy, or once the window closed. */
    static boolean feedbackVisible(FeedbackPolicy policy, Instant closesAt, boolean submitted, Instant now) {
        return submitted && (policy != FeedbackPolicy.AFTER_CLOSE || closesAt != null && !now.isBefore(closesAt));
    }

    /** Whether a teacher may still change what it asks: a draft, or published but not yet opened. */
    boolean isEditable(Instant now) {
        return isEditable(status, opensAt, now);
    }

    static boolean isEditable(QuizStatus status, Instant opensAt, Instant now) {
        return status == QuizStatus.DRAFT || status == QuizStatus.PUBLISHED && opensAt != null && now.isBefore(opensAt);
    }

    void publish(String code) {
        joinCode = code;
        status = QuizStatus.PUBLISHED;
    }

    /** A student's own mock exam: open at once, no join code, one attempt. */
    void publishAsExam() {
        status = QuizStatus.EXAM;
    }

    boolean isExam() {
        return status == QuizStatus.EXAM;
    }

    /** A new closing time for a published quiz, in force at once. */
    void closeAt(Instant at) {
        closesAt = at;
    }

    void archive() {
        status = QuizStatus.ARCHIVED;
    }

    Long getId() {
        return id;
    }

    long getOwnerId() {
        return ownerId;
    }

    String getTitle() {
        return title;
    }

    String getJoinCode() {
        return joinCode;
    }

    int getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    Instant getOpensAt() {
        return opensAt;
    }

    Instant getClosesAt() {
        return closesAt;
    }

    int getAttemptsAllowed() {
        return attemptsAllowed;
    }

    boolean isShuffle() {
        return shuffle;
    }

    boolean isSameVariants() {
        return sameVariants;
    }

    FeedbackPolicy getFeedbackPolicy() {
        return feedbackPolicy;
    }

    QuizStatus getStatus() {
        return status;
    }

    /** The group the quiz is limited to, or null. */
    Long getGroupId() {
        return groupId;
    }

    long getVariantSeed() {
        return variantSeed;
    }

    List<QuizItem> getItems() {
        return List.copyOf(items);
    }
}
