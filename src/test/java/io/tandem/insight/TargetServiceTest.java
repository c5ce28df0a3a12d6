package io.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tandem.SignIn;
import io.tandem.TandemSpringTest;
import io.tandem.base.NeedsYou;
import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.people.CurrentPerson;
import io.tandem.people.DemoPeople;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Shared targets on MariaDB: who may propose, agree and withdraw, replacement, progress and home. */
@TandemSpringTest
class TargetServiceTest {

    @Autowired
    TargetService targets;
    @Autowired
    TargetNeedsYou needsYou;
    @Autowired
    CurrentPerson currentPerson;
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

    private TargetInfo find(Metric metric) {
        return targets.targets().stream().filter(t -> t.metric() == metric).findFirst().orElseThrow();
    }

    @Test
    void proposedByOneTeamAgreedByTheOtherReplacingTheOldTarget() {
        signIn.as("sam");
        TargetInfo first = targets.propose(Metric.FOLLOW_UP_RATE, 70.0);
        assertThat(first.state()).isEqualTo(TargetInfo.State.PROPOSED);
        assertThat(first.title()).isEqualTo("Follow-up rate ≥ 70%");
        assertThat(first.canAgree()).isFalse();
        assertThatThrownBy(() -> targets.agree(first.id(), first.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> targets.propose(Metric.FOLLOW_UP_RATE, 75.0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already waiting");

        signIn.as("maya");
        assertThat(find(Metric.FOLLOW_UP_RATE).canAgree()).isTrue();
        assertThat(needsYou.needsYou(currentPerson.require(), null)).extracting(NeedsYou::kind).contains("Agree a shared target");
        TargetInfo agreed = targets.agree(first.id(), first.version());
        assertThat(agreed.state()).isEqualTo(TargetInfo.State.AGREED);
        assertThat(agreed.agreedBy()).isEqualTo("Maya Singh");
        assertThatThrownBy(() -> targets.agree(first.id(), first.version())).isInstanceOf(StaleEditException.class);

        // a new, stricter target proposed by marketing replaces it once sales agrees
        TargetInfo second = targets.propose(Metric.FOLLOW_UP_RATE, 80.0);
        signIn.as("sam");
        targets.agree(second.id(), second.version());
        assertThat(targets.targets()).filteredOn(t -> t.metric() == Metric.FOLLOW_UP_RATE)
                .singleElement().satisfies(t -> assertThat(t.threshold()).isEqualTo(80.0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_entry WHERE item_type = 'target' AND item_id = ?",
                Integer.class, String.valueOf(second.id()))).isEqualTo(2);

        TargetInfo current = find(Metric.FOLLOW_UP_RATE);
        targets.withdraw(current.id(), current.version());
        assertThat(targets.targets()).noneMatch(t -> t.metric() == Metric.FOLLOW_UP_RATE);
    }

    @Test
    void membersAndAdminsDoNotDecideTargets() {
        signIn.as("priya");
        assertThat(targets.canPropose()).isFalse();
        assertThatThrownBy(() -> targets.propose(Metric.HELPFULNESS, 50.0)).isInstanceOf(AccessDeniedException.class);
        signIn.as("alex");
        assertThatThrownBy(() -> targets.propose(Metric.HELPFULNESS, 50.0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thresholdsAreCheckedPerUnit() {
        assertThat(TargetService.thresholdError(Metric.ACCEPTANCE_RATE, 101.0)).isEqualTo("A share is between 0 and 100%");
        assertThat(TargetService.thresholdError(Metric.ACCEPTANCE_RATE, 100.0)).isNull();
        assertThat(TargetService.thresholdError(Metric.TIME_TO_FIRST_CONTACT, 0.0)).contains("8760 hours");
        assertThat(TargetService.thresholdError(Metric.ALIGNMENT_SCORE, 0.5)).isEqualTo("A score between 1 and 5");
        assertThat(TargetService.thresholdError(Metric.PIPELINE, null)).isEqualTo("Enter a target value");
        assertThat(TargetService.thresholdError(null, 5.0)).isEqualTo("Choose a metric");
        signIn.as("sam");
        assertThatThrownBy(() -> targets.propose(Metric.RECYCLE_RATE, -1.0)).isInstanceOf(ValidationException.class);
        assertThat(targets.targets()).noneMatch(t -> t.metric() == Metric.RECYCLE_RATE);
    }

    @Test
    void progressAgainstAnAgreedTargetOnHome() {
        InsightData data = new InsightData(jdbc);
        long c = data.campaign("Targets", data.person("maya"), "ACTIVE");
        data.lead(c, "ACCEPTED", "2003-02-03T09:00:00", null, null, null);
        data.lead(c, "WON", "2003-02-04T09:00:00", null, null, null); // overall 1 of 2 accepted leads won
        signIn.as("maya");
        TargetInfo t = targets.propose(Metric.REJECTION_RATE, 25.0); // lower is better: at most 25%
        signIn.as("sam");
        targets.agree(t.id(), t.version());
        Period feb = new Period(LocalDate.of(2003, 2, 1), LocalDate.of(2003, 2, 28));
        TargetProgress p = targets.progress(feb, null).stream().filter(x -> x.target().metric() == Metric.REJECTION_RATE)
                .findFirst().orElseThrow();
        assertThat(p.value()).hasValue(0.0);
        assertThat(p.met()).isTrue();
        assertThat(p.summary()).isEqualTo("0% · target ≤ 25% · on track");
        List<NeedsYou> home = needsYou.needsYou(currentPerson.require(), null);
        assertThat(home).extracting(NeedsYou::title).anyMatch(s -> s.startsWith("Rejection rate: "));
        TargetInfo current = find(Metric.REJECTION_RATE);
        targets.withdraw(current.id(), current.version());
    }
}
