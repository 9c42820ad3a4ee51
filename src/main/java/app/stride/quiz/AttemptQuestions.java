package app.stride.quiz;

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

    void insert(long attemptId, List<QuizDraw.Drawn> drawn) {
        if (drawn.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into quiz_question (attempt_id, position, template_id, seed, version) values ");
        for (int i = 0; i < drawn.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:a, ").append(i).append(", :t").append(i).append(", :s").append(i)
                    .append(", 0)");
        }
        Query insert = entityManager.createNativeQuery(sql.toString()).setParameter("a", attemptId);
        for (int i = 0; i < drawn.size(); i++) {
            insert.setParameter("t" + i, drawn.get(i).templateId()).setParameter("s" + i, drawn.get(i).seed());
        }
        insert.executeUpdate();
    }
}
