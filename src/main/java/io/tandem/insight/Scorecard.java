package io.tandem.insight;

import io.tandem.campaign.CampaignRef;
import io.tandem.insight.Dashboard.CollateralNumbers;
import io.tandem.insight.Dashboard.Count;
import io.tandem.insight.Dashboard.Hours;
import java.util.List;

/** One campaign's closed loop since it started: leads, verdicts, wins, follow-up and its collateral. */
public record Scorecard(CampaignRef campaign, Period period, LeadCounts leads, Hours firstContact, long overdueNow,
                        List<Count> rejectReasons, CollateralNumbers collateral) {
}
