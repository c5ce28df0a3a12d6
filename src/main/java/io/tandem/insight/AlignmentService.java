package io.tandem.insight;

import io.tandem.base.Team;
import io.tandem.base.ValidationException;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.people.CurrentPerson;
import io.tandem.people.TandemUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alignment check: each person rates ten statements once a month (again in the same month replaces it);
 * answers are scored into silo / process / collaboration and aggregated per team and month in SQL, so leaders
 * see whether the two teams converge. Individual answers are never shown to anyone but their author.
 */
@Service
@Transactional
public class AlignmentService {

    /** Per team and month: how many answered, the average score and how many are in each stage. */
    public record TeamMonth(Team team, LocalDate month, long responses, double score, long silo, long process,
                            long collaboration) {
    }

    /** Per team: the average of each dimension over a period (dimension order as {@link AlignmentScoring.Dimension}). */
    public record TeamDimensions(Team team, long responses, List<Double> averages) {
    }

    /** The signed-in person's check of this month. */
    public record MyCheck(LocalDate month, List<Integer> ratings, double score, AlignmentScoring.Stage stage) {
    }

    private final AlignmentRepository responses;
    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentPerson currentPerson;
    private final LiveUpdates liveUpdates;
    private final Clock clock;

    AlignmentService(AlignmentRepository responses, NamedParameterJdbcTemplate jdbc, CurrentPerson currentPerson,
                     LiveUpdates liveUpdates, Clock clock) {
        this.responses = responses;
        this.jdbc = jdbc;
        this.currentPerson = currentPerson;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    private LocalDate thisMonth() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).withDayOfMonth(1);
    }

    @PreAuthorize("isAuthenticated()")
    public MyCheck submit(List<Integer> ratings) {
        TandemUser me = currentPerson.require();
        String error = AlignmentScoring.error(ratings);
        if (error != null) {
            throw ValidationException.of("ratings", error);
        }
        LocalDate month = thisMonth();
        AlignmentResponse r = responses.findByPersonIdAndMonthStart(me.personId(), month)
                .orElseGet(() -> new AlignmentResponse(me.personId(), me.team(), month));
        r.answer(List.copyOf(ratings), me.team(), clock.instant());
        responses.save(r);
        liveUpdates.publishAfterCommit(TargetService.TOPIC, "alignment-answered", null, me.fullName());
        return new MyCheck(month, List.copyOf(ratings), r.getScore().doubleValue(), r.getStage());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MyCheck> mine() {
        TandemUser me = currentPerson.require();
        return responses.findByPersonIdAndMonthStart(me.personId(), thisMonth())
                .map(r -> new MyCheck(r.getMonthStart(), r.ratings(), r.getScore().doubleValue(), r.getStage()));
    }

    /** Per team and month, the months of {@code period}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TeamMonth> byTeamAndMonth(Period period) {
        return jdbc.query("""
                SELECT team, month_start, COUNT(*) AS n, AVG(score) AS score,
                  SUM(stage = 'SILO') AS silo, SUM(stage = 'PROCESS') AS process, SUM(stage = 'COLLABORATION') AS collab
                FROM alignment_response WHERE month_start >= :from AND month_start <= :to
                GROUP BY team, month_start ORDER BY month_start, team""", months(period), (rs, i) -> new TeamMonth(
                Team.valueOf(rs.getString("team")), rs.getObject("month_start", LocalDate.class), rs.getLong("n"),
                rs.getDouble("score"), rs.getLong("silo"), rs.getLong("process"), rs.getLong("collab")));
    }

    /** Per team, the average of each dimension over the months of {@code period}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TeamDimensions> dimensions(Period period) {
        StringBuilder cols = new StringBuilder();
        for (AlignmentScoring.Dimension d : AlignmentScoring.Dimension.values()) {
            List<Integer> numbers = AlignmentScoring.STATEMENTS.stream().filter(s -> s.dimension() == d)
                    .map(AlignmentScoring.Statement::number).toList();
            cols.append(", AVG((").append(rating(numbers.get(0))).append(" + ").append(rating(numbers.get(1)))
                    .append(") / 2) AS ").append(d.name());
        }
        return jdbc.query("SELECT team, COUNT(*) AS n" + cols + " FROM alignment_response"
                + " WHERE month_start >= :from AND month_start <= :to GROUP BY team ORDER BY team", months(period),
                (rs, i) -> {
                    List<Double> averages = new java.util.ArrayList<>();
                    for (AlignmentScoring.Dimension d : AlignmentScoring.Dimension.values()) {
                        averages.add(rs.getDouble(d.name()));
                    }
                    return new TeamDimensions(Team.valueOf(rs.getString("team")), rs.getLong("n"), averages);
                });
    }

    /** The average score of everyone who answered in the months of {@code period}, or empty. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OptionalDouble averageScore(Period period) {
        Double avg = jdbc.queryForObject("SELECT AVG(score) FROM alignment_response"
                + " WHERE month_start >= :from AND month_start <= :to", months(period), Double.class);
        return avg == null ? OptionalDouble.empty() : OptionalDouble.of(avg);
    }

    /** The n-th rating from the stored comma-separated list, as a number. */
    private static String rating(int number) {
        return "CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(ratings, ',', " + number + "), ',', -1) AS UNSIGNED)";
    }

    private static MapSqlParameterSource months(Period period) {
        return new MapSqlParameterSource("from", period.from().withDayOfMonth(1)).addValue("to", period.to());
    }
}
