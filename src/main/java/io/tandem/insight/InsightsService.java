package io.tandem.insight;

import io.tandem.base.SharedReads;
import io.tandem.base.ValidationException;
import io.tandem.campaign.CampaignRef;
import io.tandem.campaign.CampaignService;
import io.tandem.insight.Dashboard.CollateralNumbers;
import io.tandem.insight.Dashboard.Hours;
import io.tandem.insight.Dashboard.PlanningNumbers;
import io.tandem.people.CurrentPerson;
import io.tandem.people.Role;
import io.tandem.people.TandemUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared numbers: the Insights dashboard and each campaign's scorecard. Everyone signed in sees the same
 * numbers (both teams look at one truth); follow-up per sales person is for team leads and admins only.
 * {@link #dashboard} is the query the benchmark times.
 */
@Service
@Transactional(readOnly = true)
public class InsightsService {

    private final InsightQueries queries;
    private final CampaignService campaigns;
    private final CurrentPerson currentPerson;
    private final Clock clock;
    private final ParallelQueries parallel;
    private final CohortBuckets buckets;
    private final SharedReads shared;

    InsightsService(InsightQueries queries, CampaignService campaigns, CurrentPerson currentPerson, Clock clock,
                    ParallelQueries parallel, CohortBuckets buckets, PlatformTransactionManager transactions) {
        this.shared = new SharedReads(transactions);
        this.queries = queries;
        this.buckets = buckets;
        this.parallel = parallel;
        this.campaigns = campaigns;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    /** Every dashboard number for {@code period}, for all campaigns or one ({@code campaignId}). */
    @PreAuthorize("isAuthenticated()")
    public Dashboard dashboard(Period period, Long campaignId) {
        return dashboard(period, campaignId, null);
    }

    /**
     * {@link #dashboard(Period, Long)} for a view refreshing because of the live notice {@code noticeId}: every open
     * dashboard refreshes for the same notice, and they share one computation of the same period and campaign (see
     * {@link SharedReads}; no transaction here: the one that computes has its own, the others need none). Follow-up
     * per person is computed once and left out for those who may not see it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Dashboard dashboard(Period period, Long campaignId, String noticeId) {
        TandemUser me = currentPerson.require();
        if (period.days() > Period.MAX_DAYS) {
            throw ValidationException.of("period", "Choose a period of at most " + Period.MAX_DAYS + " days");
        }
        Dashboard all = noticeId == null ? shared.alone(() -> compute(period, campaignId))
                : shared.get(noticeId + "|" + period + "|" + campaignId, () -> compute(period, campaignId));
        return me.role() == Role.TEAM_LEAD || me.role() == Role.ADMIN ? all : all.withoutFollowUpByPerson();
    }

    private Dashboard compute(Period period, Long campaignId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        // independent parts run at once, each on its own connection (at 1M leads the cohort and the first-contact
        // times each read 100k+ index entries, DataScaleBench); the caller's thread takes the biggest
        CompletableFuture<Long> overdue = parallel.supply(() -> queries.overdueNow(campaignId, now));
        CompletableFuture<CollateralNumbers> collateral = parallel.supply(
                () -> queries.collateral(period, campaignId, today));
        // whole past weeks and months are kept between dashboards and read again only when they changed
        CohortBuckets.Read read = buckets.read(period, campaignId, now);
        Cohort cohort = queries.cohortOf(period, read.groups());
        Hours firstContact = InsightQueries.hoursOf(read.minutes());
        PlanningNumbers planning = queries.planning(period);
        return new Dashboard(period, campaignId, now,
                cohort.total(),
                firstContact,
                ParallelQueries.join(overdue),
                cohort.rejectReasons(),
                cohort.byCampaign(),
                cohort.trend(),
                cohort.byOwner(),
                ParallelQueries.join(collateral),
                planning);
    }

    /** The campaigns a dashboard can be filtered by. */
    @PreAuthorize("isAuthenticated()")
    public List<CampaignRef> campaigns() {
        return campaigns.refs();
    }

    /**
     * One campaign's closed loop since it started: its leads, verdicts, wins and the collateral made for it.
     */
    @PreAuthorize("isAuthenticated()")
    public Scorecard scorecard(long campaignId) {
        CampaignRef campaign = campaigns.ref(campaignId); // unknown campaign: ItemNotFoundException
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Period allTime = new Period(LocalDate.EPOCH, today);
        CohortBuckets.Read read = buckets.read(allTime, campaignId, now);
        Cohort cohort = queries.cohortOf(allTime, read.groups());
        return new Scorecard(campaign, allTime, cohort.total(),
                InsightQueries.hoursOf(read.minutes()), queries.overdueNow(campaignId, now),
                cohort.rejectReasons(), queries.collateral(allTime, campaignId, today));
    }

    /** The default period of the dashboard: the last 30 days up to today. */
    @PreAuthorize("isAuthenticated()")
    public Period defaultPeriod() {
        return Period.lastDays(30, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }
}
