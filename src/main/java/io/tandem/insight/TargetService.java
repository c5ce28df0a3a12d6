package io.tandem.insight;

import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.people.CurrentPerson;
import io.tandem.people.Role;
import io.tandem.people.TandemUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.OptionalDouble;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared targets. A team lead proposes a target for a metric (e.g. follow-up rate ≥ 80%); it binds both teams
 * once a team lead of the other team agrees. Agreeing replaces the metric's previous target. Either team's lead
 * may withdraw a target. Everyone sees the targets and their progress.
 */
@Service
@Transactional
public class TargetService {

    /** Live notices when a target is proposed, agreed or withdrawn. */
    public static final String TOPIC = "insights/targets";

    private final TargetRepository targets;
    private final InsightsService insights;
    private final AlignmentService alignment;
    private final CurrentPerson currentPerson;
    private final LiveUpdates liveUpdates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TargetService(TargetRepository targets, InsightsService insights, AlignmentService alignment,
                  CurrentPerson currentPerson, LiveUpdates liveUpdates, ApplicationEventPublisher events, Clock clock) {
        this.targets = targets;
        this.insights = insights;
        this.alignment = alignment;
        this.currentPerson = currentPerson;
        this.liveUpdates = liveUpdates;
        this.events = events;
        this.clock = clock;
    }

    /** Proposed and agreed targets (withdrawn ones are history), with what the signed-in person may do. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TargetInfo> targets() {
        TandemUser me = currentPerson.require();
        return targets.findByWithdrawnAtIsNullOrderByMetricAscProposedAtAsc().stream().map(t -> info(t, me)).toList();
    }

    /** Whether the signed-in person may propose targets: team leads. */
    @PreAuthorize("isAuthenticated()")
    public boolean canPropose() {
        return currentPerson.require().role() == Role.TEAM_LEAD;
    }

    /** The rule for a threshold of {@code metric}, in the words shown on the field, or {@code null} when it is fine. */
    public static String thresholdError(Metric metric, Double threshold) {
        if (metric == null) {
            return "Choose a metric";
        }
        if (threshold == null) {
            return "Enter a target value";
        }
        return switch (metric.unit()) {
            case PERCENT -> threshold < 0 || threshold > 100 ? "A share is between 0 and 100%" : null;
            case HOURS -> threshold <= 0 || threshold > 8760 ? "Between a few minutes and 8760 hours (a year)" : null;
            case COUNT -> threshold < 0 || threshold > 1_000_000_000 ? "A count of 0 or more" : null;
            case SCORE -> threshold < 1 || threshold > 5 ? "A score between 1 and 5" : null;
        };
    }

    @PreAuthorize("isAuthenticated()")
    public TargetInfo propose(Metric metric, Double threshold) {
        TandemUser me = requireTeamLead();
        String error = thresholdError(metric, threshold);
        if (error != null) {
            throw ValidationException.of("threshold", error);
        }
        boolean pending = targets.findByWithdrawnAtIsNullOrderByMetricAscProposedAtAsc().stream()
                .anyMatch(t -> t.getMetric() == metric && t.state() == TargetInfo.State.PROPOSED);
        if (pending) {
            throw ValidationException.of("metric", "A target for " + metric.label()
                    + " is already waiting for agreement: agree or withdraw it first");
        }
        Target t = targets.save(new Target(metric, BigDecimal.valueOf(threshold).setScale(2, RoundingMode.HALF_UP),
                me.personId(), me.fullName(), me.team(), clock.instant()));
        TargetInfo info = info(t, me);
        changed(me, t, "proposed", me.fullName() + " proposed the target " + info.title() + " for both teams");
        return info;
    }

    @PreAuthorize("isAuthenticated()")
    public TargetInfo agree(Long id, long expectedVersion) {
        TandemUser me = requireTeamLead();
        Target t = load(id, expectedVersion);
        if (t.state() != TargetInfo.State.PROPOSED) {
            throw new StaleEditException("This target is no longer waiting for agreement");
        }
        if (t.getProposedTeam() == me.team()) {
            throw new AccessDeniedException("A team lead of the other team agrees a target proposed by "
                    + t.getProposedTeam().label());
        }
        for (Target old : targets.findByWithdrawnAtIsNullOrderByMetricAscProposedAtAsc()) {
            if (old.getMetric() == t.getMetric() && old.state() == TargetInfo.State.AGREED) {
                old.withdraw(me.fullName(), clock.instant()); // replaced by the new agreement
            }
        }
        t.agree(me.personId(), me.fullName(), clock.instant());
        targets.flush();
        TargetInfo info = info(t, me);
        changed(me, t, "agreed", me.fullName() + " agreed the target " + info.title() + " for "
                + me.team().label() + "; it now binds both teams");
        return info;
    }

    @PreAuthorize("isAuthenticated()")
    public void withdraw(Long id, long expectedVersion) {
        TandemUser me = requireTeamLead();
        Target t = load(id, expectedVersion);
        if (t.state() == TargetInfo.State.WITHDRAWN) {
            throw new StaleEditException("This target was withdrawn already");
        }
        t.withdraw(me.fullName(), clock.instant());
        targets.flush();
        changed(me, t, "withdrawn", me.fullName() + " withdrew the target " + info(t, me).title());
    }

    /**
     * Every agreed target with the shared number over {@code period}. For the live notice {@code noticeId} (or
     * {@code null}), everyone's home refreshing for it shares one computation of the numbers (the dashboard's), so
     * it runs in no transaction of its own (decision 0038).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<TargetProgress> progress(Period period, String noticeId) {
        List<TargetInfo> agreed = targets().stream().filter(t -> t.state() == TargetInfo.State.AGREED).toList();
        if (agreed.isEmpty()) {
            return List.of();
        }
        Dashboard dashboard = insights.dashboard(period, null, noticeId);
        OptionalDouble score = alignment.averageScore(period);
        return agreed.stream().map(t -> new TargetProgress(t, period,
                t.metric() == Metric.ALIGNMENT_SCORE ? score : dashboard.value(t.metric()))).toList();
    }

    private Target load(Long id, long expectedVersion) {
        Target t = targets.findById(id).orElseThrow(() -> new StaleEditException("This target no longer exists"));
        if (t.getVersion() != expectedVersion) {
            throw new StaleEditException("Someone changed this target meanwhile; have a look at it again");
        }
        return t;
    }

    private TandemUser requireTeamLead() {
        TandemUser me = currentPerson.require();
        if (me.role() != Role.TEAM_LEAD) {
            throw new AccessDeniedException("Only team leads agree shared targets");
        }
        return me;
    }

    private TargetInfo info(Target t, TandemUser me) {
        boolean lead = me.role() == Role.TEAM_LEAD;
        TargetInfo.State state = t.state();
        return new TargetInfo(t.getId(), t.getMetric(), t.getThreshold().doubleValue(), state, t.getProposedByName(),
                t.getProposedTeam(), t.getProposedAt(), t.getAgreedByName(), t.getAgreedAt(), t.getVersion(),
                lead && state == TargetInfo.State.PROPOSED && me.team() != t.getProposedTeam(),
                lead && state != TargetInfo.State.WITHDRAWN);
    }

    private void changed(TandemUser me, Target t, String action, String summary) {
        events.publishEvent(new TargetChanged(me.personId(), me.fullName(), t.getId(), action, summary));
        liveUpdates.publishAfterCommit(TOPIC, "target-" + action, String.valueOf(t.getId()), me.fullName());
    }
}
