package app.stride.quiz;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One question of an attempt, as (template, seed), with the answers saved as they were typed. */
@Entity
@Table(name = "quiz_question")
public class QuizQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "attempt_id")
    private QuizAttempt attempt;
    @Column(nullable = false)
    private int position;
    @Column(name = "template_id", nullable = false, length = 64)
    private String templateId;
    @Column(nullable = false)
    private long seed;
    @Column
    private Double score;
    @Column(length = 64)
    private String misconception;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quiz_answer", joinColumns = @JoinColumn(name = "question_id"))
    private List<QuizAnswer> answers = new ArrayList<>();

    protected QuizQuestion() {
    }

    QuizQuestion(QuizAttempt attempt, int position, String templateId, long seed) {
        this.attempt = attempt;
        this.position = position;
        this.templateId = templateId;
        this.seed = seed;
    }

    void save(String partId, String typed, java.time.Instant at) {
        answers.removeIf(a -> a.partId().equals(partId));
        answers.add(new QuizAnswer(partId, typed, at));
    }

    void grade(double value, String mistake) {
        score = value;
        misconception = mistake;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getTemplateId() {
        return templateId;
    }

    public long getSeed() {
        return seed;
    }

    public Double getScore() {
        return score;
    }

    public String getMisconception() {
        return misconception;
    }

    public Map<String, String> typed() {
        Map<String, String> typed = new LinkedHashMap<>();
        answers.forEach(a -> typed.put(a.partId(), a.typed()));
        return typed;
    }
}
