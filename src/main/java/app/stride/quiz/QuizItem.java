package app.stride.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a quiz: so many questions of a family (or of one template), at a difficulty. */
@Entity
@Table(name = "quiz_item")
class QuizItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "quiz_id")
    private Quiz quiz;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false, length = 64)
    private String family;
    @Column(name = "template_id", length = 64)
    private String templateId;
    @Column
    private Integer difficulty;
    @Column(name = "item_count", nullable = false)
    private int count;

    protected QuizItem() {
    }

    QuizItem(Quiz quiz, int position, String family, String templateId, Integer difficulty, int count) {
        this.quiz = quiz;
        this.position = position;
        this.family = family;
        this.templateId = templateId;
        this.difficulty = difficulty;
        this.count = count;
    }

    QuizSettings.Item toSettings() {
        return new QuizSettings.Item(family, templateId, difficulty, count);
    }

    String getFamily() {
        return family;
    }

    String getTemplateId() {
        return templateId;
    }

    Integer getDifficulty() {
        return difficulty;
    }

    int getCount() {
        return count;
    }
}
