package io.tandem.insight;

import io.tandem.insight.Dashboard.AssetUsage;
import io.tandem.insight.Dashboard.CampaignLeads;
import io.tandem.insight.Dashboard.Count;
import io.tandem.insight.Dashboard.OwnerFollowUp;
import io.tandem.insight.Dashboard.TrendPoint;
import io.tandem.lead.LeadCsv;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The tables behind the dashboard's charts, each exportable as CSV. The first row is the header; values are the
 * numbers the chart draws (shares in percent with one decimal, empty when there was nothing to count).
 */
public enum InsightTable {
    LEADS_BY_CAMPAIGN("leads-by-campaign", "Leads by source campaign", d -> {
        List<List<String>> rows = rows("Campaign", "Handed over", "Accepted", "Rejected", "Recycled", "Waiting",
                "Won", "Pipeline", "Acceptance rate %", "Follow-up rate %", "Win rate %");
        for (CampaignLeads c : d.byCampaign()) {
            LeadCounts n = c.counts();
            rows.add(List.of(c.campaign(), num(n.handedOver()), num(n.accepted()), num(n.rejected()),
                    num(n.recycled()), num(n.waiting()), num(n.won()), num(n.pipeline()), pct(n.acceptance()),
                    pct(n.followUp()), pct(n.winRate())));
        }
        return rows;
    }),
    TREND("hand-overs-over-time", "Hand-overs over time", d -> {
        List<List<String>> rows = rows(d.period().weekly() ? "Week starting" : "Month", "Handed over", "Accepted",
                "Acceptance rate %", "Follow-up rate %");
        for (TrendPoint p : d.trend()) {
            rows.add(List.of(p.bucket().toString(), num(p.handedOver()), num(p.accepted()), pct(p.acceptance()),
                    pct(p.followUp())));
        }
        return rows;
    }),
    FUNNEL("lead-funnel", "Lead funnel", d -> {
        List<List<String>> rows = rows("Step", "Leads");
        LeadCounts n = d.leads();
        rows.add(List.of("Handed over", num(n.handedOver())));
        rows.add(List.of("Accepted", num(n.accepted())));
        rows.add(List.of("Won", num(n.won())));
        return rows;
    }),
    REJECT_REASONS("reject-reasons", "Rejection reasons", d -> counts(d.rejectReasons(), "Reason", "Leads")),
    FOLLOW_UP_BY_PERSON("follow-up-by-person", "Follow-up by sales person", d -> {
        List<List<String>> rows = rows("Person", "Leads", "Contacted within SLA", "SLA decided", "Follow-up rate %",
                "Won");
        for (OwnerFollowUp o : d.byOwner()) {
            rows.add(List.of(o.person(), num(o.leads()), num(o.withinSla()), num(o.slaDecided()), pct(o.followUp()),
                    num(o.won())));
        }
        return rows;
    }),
    MOST_USED_ASSETS("most-used-assets", "Most used collateral", d -> assets(d.collateral().mostUsed())),
    LEAST_USED_ASSETS("least-used-assets", "Least used collateral (last 90 days)",
            d -> assets(d.collateral().leastUsed())),
    USES_BY_TEAM("uses-by-team", "Collateral uses by team", d -> counts(d.collateral().usesByTeam(), "Team", "Uses"));

    private final String fileName;
    private final String title;
    private final Function<Dashboard, List<List<String>>> rows;

    InsightTable(String fileName, String title, Function<Dashboard, List<List<String>>> rows) {
        this.fileName = fileName;
        this.title = title;
        this.rows = rows;
    }

    public String title() {
        return title;
    }

    /** e.g. {@code leads-by-campaign-2026-10-25-2026-11-23.csv}. */
    public String fileName(Dashboard d) {
        return fileName + "-" + d.period().from() + "-" + d.period().to() + ".csv";
    }

    /** Header row first, then one row per item. */
    public List<List<String>> rows(Dashboard d) {
        return rows.apply(d);
    }

    /** The table as CSV, CRLF line ends, cells that a spreadsheet would run as a formula neutralised. */
    public String csv(Dashboard d) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows(d)) {
            out.append(LeadCsv.row(row));
        }
        return out.toString();
    }

    private static List<List<String>> rows(String... header) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(header));
        return rows;
    }

    private static List<List<String>> counts(List<Count> counts, String label, String count) {
        List<List<String>> rows = rows(label, count);
        counts.forEach(c -> rows.add(List.of(c.label(), num(c.count()))));
        return rows;
    }

    private static List<List<String>> assets(List<AssetUsage> assets) {
        List<List<String>> rows = rows("Asset", "Uses", "Helpful votes", "Votes");
        assets.forEach(a -> rows.add(List.of(a.title(), num(a.uses()), num(a.helpful()), num(a.votes()))));
        return rows;
    }

    private static String num(long n) {
        return Long.toString(n);
    }

    private static String pct(Ratio r) {
        Double v = r.percentValue();
        return v == null ? "" : v.toString();
    }
}
