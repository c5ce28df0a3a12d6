package io.tandem.insight;

import io.tandem.insight.Dashboard.CampaignLeads;
import io.tandem.insight.Dashboard.Count;
import io.tandem.insight.Dashboard.OwnerFollowUp;
import io.tandem.insight.Dashboard.TrendPoint;
import io.tandem.lead.RejectReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lead numbers of the leads handed over in a period, split five ways. Built from the groups of one query
 * ({@link InsightQueries#cohort}): a handful of rows per bucket, campaign, owner and reject reason, never a row
 * per lead.
 *
 * @param total         every lead of the cohort
 * @param rejectReasons rejections per reason, most frequent first
 * @param byCampaign    per source campaign, most leads first
 * @param trend         per week or month of the period, empty buckets as zeros
 * @param byOwner       per sales owner, most leads first
 */
record Cohort(LeadCounts total, List<Count> rejectReasons, List<CampaignLeads> byCampaign, List<TrendPoint> trend,
              List<OwnerFollowUp> byOwner) {

    /** The sums of one group of the cohort query. */
    record CohortGroup(LocalDate bucket, Long campaignId, Long ownerId, String rejectReason, LeadCounts counts) {
    }

    static Cohort of(Period period, List<CohortGroup> groups, Map<Long, String> campaignNames,
                     Map<Long, String> ownerNames) {
        LeadCounts total = LeadCounts.EMPTY;
        Map<String, Long> reasons = new HashMap<>();
        Map<Long, LeadCounts> campaigns = new HashMap<>();
        Map<LocalDate, LeadCounts> buckets = new HashMap<>();
        Map<Long, LeadCounts> owners = new HashMap<>();
        for (CohortGroup g : groups) {
            total = total.plus(g.counts());
            if (g.rejectReason() != null && g.counts().rejected() > 0) {
                reasons.merge(g.rejectReason(), g.counts().rejected(), Long::sum);
            }
            campaigns.merge(g.campaignId(), g.counts(), LeadCounts::plus); // HashMap: null is "no campaign"
            buckets.merge(g.bucket(), g.counts(), LeadCounts::plus);
            if (g.ownerId() != null && ownerNames.containsKey(g.ownerId())) {
                owners.merge(g.ownerId(), g.counts(), LeadCounts::plus);
            }
        }

        List<Count> rejectReasons = reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Count(reasonLabel(e.getKey()), e.getValue())).toList();

        // "No campaign" sorts before any name among equals, as NULL does in the database
        List<CampaignLeads> byCampaign = campaigns.entrySet().stream()
                .map(e -> new CampaignLeads(e.getKey(), e.getKey() == null ? null : campaignNames.get(e.getKey()),
                        e.getValue()))
                .sorted(Comparator.comparingLong((CampaignLeads c) -> c.counts().handedOver()).reversed()
                        .thenComparing(CampaignLeads::campaign, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(c -> c.campaign() == null ? new CampaignLeads(c.campaignId(), "No campaign", c.counts()) : c)
                .toList();

        List<TrendPoint> trend = new ArrayList<>();
        for (LocalDate b : period.buckets()) {
            LeadCounts c = buckets.getOrDefault(b, LeadCounts.EMPTY);
            trend.add(new TrendPoint(b, c.handedOver(), c.accepted(), c.withinSla(), c.slaDecided()));
        }

        List<OwnerFollowUp> byOwner = owners.entrySet().stream()
                .map(e -> new OwnerFollowUp(e.getKey(), ownerNames.get(e.getKey()), e.getValue().handedOver(),
                        e.getValue().withinSla(), e.getValue().slaDecided(), e.getValue().won()))
                .sorted(Comparator.comparingLong(OwnerFollowUp::leads).reversed()
                        .thenComparing(OwnerFollowUp::person, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        return new Cohort(total, rejectReasons, byCampaign, trend, byOwner);
    }

    private static String reasonLabel(String code) {
        try {
            return RejectReason.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
