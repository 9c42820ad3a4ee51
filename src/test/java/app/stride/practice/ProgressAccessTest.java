package app.stride.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.StrideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** A student sees only their own progress; a teacher may read a student's. */
@StrideTest
class ProgressAccessTest {

    @Autowired
    ProgressService progress;

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void aStudentCannotOpenAnotherStudentsProgress() {
        assertThat(progress.mine().families()).isNotEmpty();
        assertThatThrownBy(() -> progress.ofStudent("teacher")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "teacher", roles = "TEACHER")
    void aTeacherReadsAStudentsProgress() {
        assertThat(progress.ofStudent("student").families()).isNotEmpty();
    }
}
