package io.tandem.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.TandemSpringTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The context starting at all proves Liquibase applied to an empty database and Hibernate validated every
 * entity against it ({@code ddl-auto=validate}); this checks what it ran on.
 */
@TandemSpringTest
class SchemaTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsOnEmbeddedMariaDb114() {
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).startsWith("11.4").contains("MariaDB");
    }

    @Test
    void liquibaseCreatedEveryFeatureTable() {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()", String.class);
        assertThat(tables).contains("person", "activity_entry", "discussion_message", "DATABASECHANGELOG");
        Integer changeSets = jdbc.queryForObject("SELECT COUNT(*) FROM DATABASECHANGELOG", Integer.class);
        assertThat(changeSets).isGreaterThanOrEqualTo(3);
    }

    @Test
    void teamAndRoleAreConstrainedInTheDatabaseToo() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO person (username, full_name, email, team, role, password_hash, active, created_at, "
                        + "updated_at, version) VALUES ('x-bad', 'X', 'x-bad@example.com', 'FINANCE', 'MEMBER', "
                        + "'h', true, NOW(), NOW(), 0)"))
                .hasMessageContaining("ck_person_team");
    }
}
