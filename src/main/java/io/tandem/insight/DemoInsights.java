package io.tandem.insight;

import io.tandem.base.Team;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: five months of alignment checks in which the two teams converge, one agreed shared target
 * (follow-up rate ≥ 80%) and one proposal waiting for sales, so the dashboard and home show something real.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoInsights implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInsights.class);

    private final AlignmentRepository responses;
    private final TargetRepository targets;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoInsights(AlignmentRepository responses, TargetRepository targets, JdbcTemplate jdbc, Clock clock) {
        this.responses = responses;
        this.targets = targets;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Member(long id, String username, String name, Team team) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (responses.count() > 0 || targets.count() > 0) {
            return;
        }
        List<Member> people = jdbc.query("SELECT id, username, full_name, team FROM person WHERE active = TRUE ORDER BY id",
                (rs, i) -> new Member(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                        Team.valueOf(rs.getString("team"))));
        Instant now = clock.instant();
        LocalDate thisMonth = LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfMonth(1);
        int added = 0;
        for (int back = 5; back >= 1; back--) {
            LocalDate month = thisMonth.minusMonths(back);
            for (int p = 0; p < people.size(); p++) {
                Member m = people.get(p);
                // Sales starts further apart and climbs faster: the teams converge over the months
                double base = (m.team() == Team.SALES ? 2.0 : 2.7) + (5 - back) * (m.team() == Team.SALES ? 0.35 : 0.2);
                List<Integer> ratings = new ArrayList<>();
                for (int s = 0; s < AlignmentScoring.STATEMENTS.size(); s++) {
                    ratings.add((int) Math.max(1, Math.min(5, Math.round(base + ((s + p + back) % 3 - 1) * 0.6))));
                }
                AlignmentResponse r = new AlignmentResponse(m.id(), m.team(), month);
                r.answer(ratings, m.team(), month.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofDays(3)));
                responses.save(r);
                added++;
            }
        }
        Member sam = people.stream().filter(m -> m.username().equals("sam")).findFirst().orElse(null);
        Member maya = people.stream().filter(m -> m.username().equals("maya")).findFirst().orElse(null);
        if (sam != null && maya != null) {
            Target followUp = new Target(Metric.FOLLOW_UP_RATE, new BigDecimal("80.00"), sam.id(), sam.name(),
                    Team.SALES, now.minus(Duration.ofDays(20)));
            followUp.agree(maya.id(), maya.name(), now.minus(Duration.ofDays(19)));
            targets.save(followUp);
            Target acceptance = new Target(Metric.ACCEPTANCE_RATE, new BigDecimal("60.00"), maya.id(), maya.name(),
                    Team.MARKETING, now.minus(Duration.ofDays(2)));
            targets.save(acceptance);
        }
        log.info("Added {} demo alignment checks and two shared targets", added);
    }
}
