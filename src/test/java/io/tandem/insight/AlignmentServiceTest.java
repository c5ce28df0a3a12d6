package io.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.tandem.SignIn;
import io.tandem.TandemSpringTest;
import io.tandem.base.Team;
import io.tandem.base.ValidationException;
import io.tandem.people.DemoPeople;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Alignment answers on MariaDB: one per person and month, aggregated per team in SQL. */
@TandemSpringTest
class AlignmentServiceTest {

    @Autowired
    AlignmentService alignment;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void seed() {
        demoPeople.seed();
    }

    @AfterEach
    void out() {
        signIn.out();
    }

    @Test
    void retakingInTheSameMonthReplacesTheAnswers() {
        signIn.as("leo");
        alignment.submit(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        AlignmentService.MyCheck again = alignment.submit(List.of(4, 4, 4, 4, 4, 4, 4, 4, 4, 4));
        assertThat(again.stage()).isEqualTo(AlignmentScoring.Stage.COLLABORATION);
        assertThat(alignment.mine()).hasValueSatisfying(m -> assertThat(m.ratings()).containsOnly(4));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM alignment_response r JOIN person p ON p.id = r.person_id"
                + " WHERE p.username = 'leo'", Integer.class)).isEqualTo(1);
        assertThatThrownBy(() -> alignment.submit(List.of(4, 4))).isInstanceOf(ValidationException.class);
    }

    @Test
    void teamsPerMonthAndDimensionsInSql() {
        long sam = new InsightData(jdbc).person("sam");
        long priya = new InsightData(jdbc).person("priya");
        long maya = new InsightData(jdbc).person("maya");
        insert(sam, "SALES", "2004-01-01", "2,2,2,2,2,2,2,2,2,2", 2.0, "SILO");
        insert(priya, "SALES", "2004-01-01", "3,3,3,3,3,3,3,3,3,3", 3.0, "PROCESS");
        insert(maya, "MARKETING", "2004-01-01", "4,4,4,4,4,4,4,4,4,4", 4.0, "COLLABORATION");
        insert(sam, "SALES", "2004-02-01", "5,3,4,4,4,4,4,4,4,4", 4.0, "COLLABORATION");
        signIn.as("sam");
        Period jan2feb = new Period(LocalDate.of(2004, 1, 1), LocalDate.of(2004, 2, 29));
        List<AlignmentService.TeamMonth> months = alignment.byTeamAndMonth(jan2feb);
        assertThat(months).hasSize(3);
        AlignmentService.TeamMonth salesJan = months.getFirst();
        assertThat(salesJan.team()).isEqualTo(Team.MARKETING); // ordered by month, then team name
        AlignmentService.TeamMonth sales = months.get(1);
        assertThat(sales.team()).isEqualTo(Team.SALES);
        assertThat(sales.score()).isCloseTo(2.5, within(0.001));
        assertThat(sales.silo()).isEqualTo(1);
        assertThat(sales.process()).isEqualTo(1);
        assertThat(alignment.averageScore(jan2feb)).hasValue(3.25);
        assertThat(alignment.averageScore(new Period(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 31)))).isEmpty();
        AlignmentService.TeamDimensions salesDims = alignment.dimensions(jan2feb).stream()
                .filter(d -> d.team() == Team.SALES).findFirst().orElseThrow();
        assertThat(salesDims.responses()).isEqualTo(3);
        assertThat(salesDims.averages().getFirst()).isCloseTo((2 + 3 + 4) / 3.0, within(0.001)); // (5+3)/2 = 4 in Feb
    }

    private void insert(long person, String team, String month, String ratings, double score, String stage) {
        jdbc.update("INSERT INTO alignment_response (person_id, team, month_start, taken_at, ratings, score, stage, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 0)", person, team, java.sql.Date.valueOf(month),
                java.sql.Timestamp.valueOf(month + " 10:00:00"), ratings, score, stage);
    }
}
