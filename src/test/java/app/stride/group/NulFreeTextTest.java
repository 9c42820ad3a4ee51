package app.stride.group;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.StrideTest;
import app.stride.base.NulFreeText;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link NulFreeText} on an entity written past its service's checks, on each database: the text
 * is kept with U+FFFD for the NUL, where PostgreSQL would otherwise fail the statement.
 */
@StrideTest
class NulFreeTextTest {

    @Autowired
    StudyGroupRepository groups;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNulWrittenPastTheChecksIsKeptAsTheReplacementCharacter() {
        long owner = jdbc.queryForObject("select min(id) from app_user", Long.class);
        StudyGroup saved = groups.save(new StudyGroup("Straight\u0000in", "NULGRP", owner, Instant.EPOCH));
        assertThat(jdbc.queryForObject("select name from study_group where id = ?", String.class, saved.getId()))
                .isEqualTo("Straight\uFFFDin");
    }
}
