package app.stride.quiz;

import app.stride.bank.QuestionBank;
import app.stride.bank.StoredExercise;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import org.springframework.stereotype.Repository;

/**
 * Writes an attempt's questions in one multi-row INSERT: a quiz of ten questions costs one
 * statement to start, not ten (identity ids keep Hibernate from batching inserts).
 */
// a repository, so that its exceptions are translated like every other (a retry can recognise them)
@Repository
class AttemptQuestions {

    @PersistenceContext
    private EntityManager entityManager;

    /** The questions drawn, each kept with its template's version and its exercise as drawn. */
    void insert(long attemptId, List<QuizDraw.Drawn> drawn, QuestionBank bank) {
        if (drawn.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into quiz_question (attempt_id, position, slot, template_id,"
                + " seed, template_version, drawn_exercise, version) values ");
        for (int i = 0; i < drawn.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:a, ").append(i).append(", ").append(drawn.get(i).slot())
                    .append(", :t").append(i).append(", :s").append(i)
                    .append(", :v").append(i).append(", :d").append(i).append(", 0)");
        }
        Query insert = entityManager.createNativeQuery(sql.toString()).setParameter("a", attemptId);
        for (int i = 0; i < drawn.size(); i++) {
            QuizDraw.Drawn d = drawn.get(i);
            StoredExercise stored = bank.store(bank.generate(d.templateId(), d.seed()));
            insert.setParameter("t" + i, d.templateId()).setParameter("s" + i, d.seed())
                    .setParameter("v" + i, stored.version()).setParameter("d" + i, stored.drawn());
        }
        insert.executeUpdate();
    }
}
