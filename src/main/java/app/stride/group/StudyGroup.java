package app.stride.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A teacher's group: a course or a class that students join with its code. Its members and
 * teachers are plain rows ({@code group_member}, {@code group_teacher}) written by
 * {@link StudyGroupRepository}, so that joining twice at once stays one membership.
 */
@Entity
@Table(name = "study_group")
class StudyGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 80)
    private String name;
    @Column(name = "join_code", nullable = false, length = 8)
    private String joinCode;
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StudyGroup() {
    }

    StudyGroup(String name, String joinCode, long ownerId, Instant createdAt) {
        this.name = name;
        this.joinCode = joinCode;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getJoinCode() {
        return joinCode;
    }

    long getOwnerId() {
        return ownerId;
    }
}
