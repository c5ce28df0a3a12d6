package io.tandem.bench;

import io.tandem.base.Team;
import io.tandem.campaign.CampaignService;
import io.tandem.collateral.CollateralService;
import io.tandem.collateral.LibraryQuery;
import io.tandem.insight.InsightsService;
import io.tandem.insight.Period;
import io.tandem.lead.LeadFeedbackService;
import io.tandem.lead.LeadFilter;
import io.tandem.lead.LeadService;
import io.tandem.lead.LeadStage;
import io.tandem.people.DemoPeople;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import io.tandem.people.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark 3, data scale: leads (100k, then 1M; {@code -Dtandem.bench.leads}) across 50 campaigns and all stages
 * with their verdict history, and 10k collateral assets (70% published) with 50k usage records, generated into
 * MariaDB with set-based SQL. Then, signed in as a sales lead, the server-side time (the service call, as a view
 * makes it) of: the board's first page of every column with its count, a filter change (one campaign and one
 * owner), the overdue filter, what the home page shows the sales lead, the sales library (all published, and a text search), a campaign's lead feedback, the insights
 * dashboard (30 days, 90 days, a year, one campaign) and a campaign scorecard.
 * Each is run {@value #RUNS} times after {@value #WARMUP} warm-up runs ({@value #SLOW_RUNS} times after one when
 * its first run takes over 2 s); prints p50 / p95 / max and writes JSON.
 */
@SpringBootTest(properties = {"vaadin.devmode.devTools.enabled=false"})
class DataScaleBench {

    static final int RUNS = 30;
    static final int WARMUP = 5;
    static final java.time.Duration SLOW = java.time.Duration.ofSeconds(2);
    static final int SLOW_RUNS = 5;
    static final int CAMPAIGNS = 50;
    static final int ASSETS = 10_000;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    PeopleService people;
    @Autowired
    CampaignService campaigns;
    @Autowired
    LeadService leads;
    @Autowired
    LeadFeedbackService feedback;
    @Autowired
    CollateralService collateral;
    @Autowired
    InsightsService insights;
    @Autowired
    io.tandem.insight.CohortBuckets buckets;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
    @Autowired
    List<io.tandem.base.NeedsYouProvider> needsYou;
    @Autowired
    io.tandem.people.CurrentPerson currentPerson;

    private List<Long> campaignIds;
    private List<Long> salesIds;
    private List<Long> marketingIds;
    private long generated;

    @Test
    void dataScale() throws Exception {
        demoPeople.seed();
        List<PersonSummary> everyone = new ArrayList<>();
        demoPeople.runAs("alex", () -> everyone.addAll(people.listActive()));
        salesIds = everyone.stream().filter(p -> p.team() == Team.SALES).map(PersonSummary::id).toList();
        marketingIds = everyone.stream().filter(p -> p.team() == Team.MARKETING).map(PersonSummary::id).toList();
        campaignIds = new ArrayList<>();
        demoPeople.runAs("maya", () -> {
            for (int i = 0; i < CAMPAIGNS; i++) {
                campaignIds.add(campaigns.create("Scale campaign " + i).id());
            }
        });
        long t0 = System.nanoTime();
        generateAssets();
        System.out.printf(Locale.ROOT, "DATA SCALE generated %,d assets and their uses in %.1f s%n", ASSETS,
                (System.nanoTime() - t0) / 1e9);

        Map<String, Object> results = new LinkedHashMap<>();
        for (long total : leadCounts()) {
            t0 = System.nanoTime();
            generateLeads(total);
            System.out.printf(Locale.ROOT, "DATA SCALE %,d leads in the database (generated in %.1f s)%n",
                    total, (System.nanoTime() - t0) / 1e9);
            jdbc.execute("ANALYZE TABLE lead_item, lead_stage_change, collateral_asset, collateral_use");
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("leads", total);
            m.put("assets", ASSETS);
            demoPeople.runAs("sam", () -> measureAll(m));
            results.put("leads_" + total, m);
        }
        BenchReport.write("data-scale", results);
    }

    private void measureAll(Map<String, Object> m) {
        Long campaign = campaignIds.get(7);
        Long owner = salesIds.get(1);
        m.put("board_all_columns", time("board: first page + count of all 7 columns", () -> board(LeadFilter.ALL)));
        for (LeadStage stage : LeadStage.values()) {
            m.put("column_" + stage.name().toLowerCase(Locale.ROOT), time("board column " + stage, () ->
                    leads.slice(stage, LeadFilter.ALL, 20, null).cards().size()));
        }
        m.put("board_filter_campaign", time("board filtered by one campaign",
                () -> board(new LeadFilter(campaign, null, false))));
        m.put("board_filter_owner", time("board filtered by one owner", () -> board(new LeadFilter(null, owner, false))));
        m.put("board_filter_overdue", time("board, overdue only", () -> board(new LeadFilter(null, null, true))));
        io.tandem.people.TandemUser me = currentPerson.require();
        m.put("home_needs_you", time("home: what needs the Sales team lead (verdicts waiting, own overdue leads)",
                () -> needsYou.stream().mapToInt(p -> p.needsYou(me, null).size()).sum()));
        m.put("library_all", time("sales library, all published", () -> collateral.library(LibraryQuery.all()).size()));
        m.put("library_search", time("sales library, text search",
                () -> collateral.library(new LibraryQuery("case 12", null, null, null, LibraryQuery.Sort.NEWEST)).size()));
        m.put("lead_feedback", time("lead feedback of a campaign", () -> feedback.forCampaign(campaign).leads()));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        m.put("dashboard_30_days", time("insights dashboard, last 30 days (its default)", () -> insights.dashboard(
                Period.lastDays(30, today), null)));
        m.put("dashboard_90_days", time("insights dashboard, last 90 days", () -> insights.dashboard(
                Period.lastDays(90, today), null)));
        m.put("dashboard_year", time("insights dashboard, last 365 days", () -> insights.dashboard(
                Period.lastDays(365, today), null)));
        // the dashboards keep their whole past weeks and months between views (CohortBuckets): a first view counts
        // them all, a view after a change in a past week or month counts that one again
        for (int days : new int[] {90, 365}) {
            String what = days == 90 ? "week" : "month";
            m.put("dashboard_" + days + "_days_first_view", timeEach("insights dashboard, " + days
                    + " days, nothing kept yet", 3, buckets::forget,
                    () -> insights.dashboard(Period.lastDays(days, today), null)));
            // leads handed over in whole past buckets of the period (a lead changed touches its updated_at)
            Long[] past = jdbc.queryForList("SELECT id FROM lead_item WHERE handed_over_at < NOW() - INTERVAL ? DAY"
                    + " AND handed_over_at > NOW() - INTERVAL ? DAY ORDER BY id LIMIT 10", Long.class,
                    days == 90 ? 20 : 60, days - 10).toArray(Long[]::new);
            int[] next = {0};
            m.put("dashboard_" + days + "_days_after_change", timeEach("insights dashboard, " + days + " days, a past "
                    + what + " changed", 10, () -> jdbc.update("UPDATE lead_item SET updated_at = ? WHERE id = ?",
                            java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)),
                            past[next[0]++ % past.length]),
                    () -> insights.dashboard(Period.lastDays(days, today), null)));
        }
        buckets.forget();
        insights.dashboard(Period.lastDays(365, today), null);
        double groups = meters.get(io.tandem.insight.CohortBuckets.KEPT_GROUPS).gauge().value();
        System.gc();
        long before = usedHeap();
        buckets.forget();
        System.gc();
        long freed = before - usedHeap();
        insights.dashboard(Period.lastDays(365, today), null);
        System.out.printf(Locale.ROOT, "DATA SCALE   a year's kept months: %,.0f groups and minute counts, %,d KB of heap%n",
                groups, freed / 1024);
        m.put("year_kept_groups", groups);
        m.put("year_kept_kb", freed / 1024);
        buckets.forget();
        insights.dashboard(Period.lastDays(90, today), null);
        double weekGroups = meters.get(io.tandem.insight.CohortBuckets.KEPT_GROUPS).gauge().value();
        System.out.printf(Locale.ROOT, "DATA SCALE   90 days' kept weeks: %,.0f groups and minute counts%n", weekGroups);
        m.put("ninety_days_kept_groups", weekGroups);
        insights.dashboard(Period.lastDays(365, today), null);
        m.put("dashboard_campaign", time("insights dashboard, one campaign, 365 days", () -> insights.dashboard(
                Period.lastDays(365, today), campaign)));
        m.put("scorecard", time("campaign scorecard", () -> insights.scorecard(campaign)));
    }

    private long board(LeadFilter filter) {
        long n = 0;
        for (LeadStage stage : LeadStage.values()) {
            n += leads.slice(stage, filter, 20, null).cards().size();
        }
        return n;
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** Times {@code work} {@code runs} times, each after {@code before} (not timed). */
    private Map<String, Object> timeEach(String label, int runs, Runnable before, Supplier<Object> work) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            before.run();
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return report(label, ms);
    }

    private Map<String, Object> time(String label, Supplier<Object> work) {
        long first = System.nanoTime();
        work.get();
        // a query far over its goal gets fewer runs (its figure is clear from a few): the 1M run stays in minutes
        boolean slow = System.nanoTime() - first > SLOW.toNanos();
        for (int i = 1; i < (slow ? 1 : WARMUP); i++) {
            work.get();
        }
        int runs = slow ? SLOW_RUNS : RUNS;
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return report(label, ms);
    }

    private static Map<String, Object> report(String label, double[] ms) {
        int runs = ms.length;
        Arrays.sort(ms);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("p50_ms", BenchReport.percentile(ms, 50));
        r.put("p95_ms", BenchReport.percentile(ms, 95));
        r.put("max_ms", ms[ms.length - 1]);
        r.put("runs", runs);
        System.out.printf(Locale.ROOT, "DATA SCALE   %-45s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n", label,
                r.get("p50_ms"), r.get("p95_ms"), r.get("max_ms"));
        return r;
    }

    /** Adds leads until there are {@code total} generated ones, in chunks of 100k rows per statement. */
    private void generateLeads(long total) {
        String campaignsElt = campaignIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        String salesElt = salesIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        String stages = "'NEW','NEW','NEW','NEW','NEW','NEW','MQL','MQL','MQL','ACCEPTED','ACCEPTED','WORKING',"
                + "'WORKING','WORKING','WON','LOST','LOST','LOST','NURTURE','NURTURE'";
        while (generated < total) {
            long from = generated + 1;
            long to = Math.min(total, generated + 100_000);
            Long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM lead_item", Long.class);
            jdbc.update("INSERT INTO lead_item (name, company, email, phone, job_title, campaign_id, source_channel, "
                    + "stage, owner_id, created_at, updated_at, stage_changed_at, handed_over_at, sla_due_at, "
                    + "first_contact_at, first_contact_kind, recycle_count, reject_reason, verdict_note, version) "
                    + "SELECT CONCAT('Lead ', seq), CONCAT('Company ', seq % 5000), CONCAT('scale', seq, "
                    + "'@bench.example'), '+1 555 0100', 'Head of IT', ELT(1 + seq % " + campaignIds.size() + ", "
                    + campaignsElt + "), ELT(1 + seq % 4, 'Webinar', 'Trade show', 'Website form', 'LinkedIn ad'), "
                    + "st, CASE WHEN st IN ('ACCEPTED', 'WORKING', 'WON') THEN ELT(1 + seq % " + salesIds.size()
                    + ", " + salesElt + ") END, created, created + INTERVAL 2 DAY, created + INTERVAL 2 DAY, "
                    + "CASE WHEN st <> 'NEW' THEN created + INTERVAL 1 DAY END, "
                    + "CASE WHEN st <> 'NEW' THEN created + INTERVAL 4 DAY END, "
                    + "CASE WHEN st IN ('WORKING', 'WON') OR (st = 'ACCEPTED' AND seq % 2 = 0) "
                    + "THEN created + INTERVAL (24 + seq % 96) HOUR END, "
                    + "CASE WHEN st IN ('WORKING', 'WON') OR (st = 'ACCEPTED' AND seq % 2 = 0) THEN 'CALLED' END, "
                    + "CASE WHEN st = 'NURTURE' THEN 1 ELSE 0 END, "
                    + "CASE WHEN st = 'LOST' THEN ELT(1 + seq % 5, 'NOT_INTERESTED', 'NO_BUDGET', 'WRONG_CONTACT', "
                    + "'BAD_TIMING', 'COMPETITOR') END, NULL, 0 "
                    + "FROM (SELECT seq, ELT(1 + seq % 20, " + stages + ") AS st, "
                    // five days back: no lead's hand-over, first contact or update lies in the future
                    + "NOW(6) - INTERVAL 5 DAY - INTERVAL (seq % 365) DAY - INTERVAL (seq % 86400) SECOND AS created "
                    + "FROM seq_" + from + "_to_" + to + ") g");
            jdbc.update("INSERT INTO lead_stage_change (lead_id, from_stage, to_stage, changed_at, actor_id, "
                    + "actor_name, detail) SELECT id, 'MQL', CASE WHEN stage IN ('WORKING', 'WON') THEN 'ACCEPTED' "
                    + "ELSE stage END, stage_changed_at, owner_id, 'Bench', NULL FROM lead_item "
                    + "WHERE id > ? AND stage IN ('ACCEPTED', 'WORKING', 'WON', 'LOST', 'NURTURE')", before);
            generated = to;
        }
    }

    private void generateAssets() {
        String owners = marketingIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        String campaignsElt = campaignIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.update("INSERT INTO collateral_asset (title, asset_type, campaign_id, buyer_stage, owner_id, description, "
                + "state, current_version_no, created_at, updated_at, state_changed_at, published_at, version) "
                + "SELECT CONCAT(ELT(1 + seq % 4, 'Case study ', 'Battlecard ', 'Pricing deck ', 'Brochure '), seq), "
                + "ELT(1 + seq % 4, 'CASE_STUDY', 'BATTLECARD', 'DECK', 'BROCHURE'), "
                + "CASE WHEN seq % 3 = 0 THEN ELT(1 + seq % " + campaignIds.size() + ", " + campaignsElt + ") END, "
                + "ELT(1 + seq % 3, 'AWARENESS', 'CONSIDERATION', 'DECISION'), ELT(1 + seq % " + marketingIds.size()
                + ", " + owners + "), 'Generated for the data-scale benchmark', "
                + "CASE WHEN seq % 10 < 7 THEN 'PUBLISHED' ELSE ELT(1 + seq % 3, 'DRAFT', 'IN_REVIEW', 'APPROVED') END, "
                + "1, NOW(6) - INTERVAL (seq % 400) DAY, NOW(6) - INTERVAL (seq % 30) DAY, "
                + "NOW(6) - INTERVAL (seq % 30) DAY, CASE WHEN seq % 10 < 7 THEN NOW(6) - INTERVAL (seq % 300) DAY END, "
                + "0 FROM seq_1_to_" + ASSETS);
        jdbc.update("INSERT INTO collateral_use (asset_id, person_id, person_name, reference_text, helpful, used_at) "
                + "SELECT a.id, ELT(1 + s.seq % " + salesIds.size() + ", "
                + salesIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + "), 'Bench', "
                + "CONCAT('Deal ', s.seq), s.seq % 3 <> 0, NOW(6) - INTERVAL (s.seq % 120) DAY "
                + "FROM collateral_asset a JOIN seq_1_to_5 s WHERE a.state = 'PUBLISHED' AND a.id % 7 <> 0");
    }

    static long[] leadCounts() {
        String prop = System.getProperty("tandem.bench.leads", "");
        return prop.isBlank() ? new long[] {100_000, 1_000_000}
                : Arrays.stream(prop.split(",")).mapToLong(s -> Long.parseLong(s.strip())).toArray();
    }
}
