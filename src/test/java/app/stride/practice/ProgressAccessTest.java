package app.stride.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.StrideTest;
import app.stride.group.Accounts;
import app.stride.group.GroupService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** A student sees only their own progress; a teacher may read that of a student in their group. */
@StrideTest
class ProgressAccessTest {

    @Autowired
    ProgressService progress;
    @Autowired
    GroupService groups;

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void aStudentCannotOpenAnotherStudentsProgress() {
        assertThat(progress.mine().families()).isNotEmpty();
        assertThatThrownBy(() -> progress.ofStudent("teacher")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTeacherReadsTheProgressOfAStudentInTheirGroup() {
        Accounts.as("teacher", "TEACHER");
        String code = groups.create("Progress access");
        Accounts.as("student", "STUDENT");
        groups.join(code);
        Accounts.as("teacher", "TEACHER");
        try {
            assertThat(progress.ofStudent("student").families()).isNotEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
