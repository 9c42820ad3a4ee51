package app.stride.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One part's answer as typed, saved the moment it was entered. */
@Embeddable
public record QuizAnswer(@Column(name = "part_id", length = 64) String partId,
                         @Column(name = "typed", length = 200) String typed,
                         @Column(name = "saved_at") Instant savedAt) {
}
