package io.tandem.bench;

import io.tandem.campaign.BriefField;
import io.tandem.campaign.CampaignService;
import io.tandem.campaign.DemoCampaigns;
import io.tandem.insight.Metric;
import io.tandem.insight.TargetInfo;
import io.tandem.insight.TargetService;
import io.tandem.lead.DemoLeads;
import io.tandem.lead.LeadCard;
import io.tandem.lead.LeadService;
import io.tandem.people.DemoPeople;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark 2, continued: what sessions idle on home cost the server while other people work. N people sit on
 * home (N = 100 and 500; {@code -Dtandem.bench.sessions}, signed in and rendered as in
 * {@link SessionMemoryBench}), and a shared target is agreed, as in any team using Tandem. Then a sales team lead
 * gives {@value #CHANGES} verdicts on the lead board, one every {@value #PACE_MS} ms (a brisk triage meeting), and a
 * marketer types {@value #CHANGES} values into a campaign's objective at the same pace. Nobody has the board or the
 * campaign open: whatever the server does beyond the change itself is for the people on home. For each N and kind
 * of change it prints the database statements per change (MariaDB's own {@code Questions} counter, less its idle
 * rate), the server's CPU per change (this JVM and MariaDB) and how long after the last change the server went on
 * working for them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.servlet.session.timeout=30m")
class IdleSessionsBench {

    static final int CHANGES = 60;
    static final long PACE_MS = 250;
    /** The server counts as done when its statements have run at the idle rate for this long. */
    private static final long QUIET_MS = 4_000;

    @LocalServerPort
    int port;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    DemoCampaigns demoCampaigns;
    @Autowired
    DemoLeads demoLeads;
    @Autowired
    LeadService leads;
    @Autowired
    CampaignService campaigns;
    @Autowired
    TargetService targets;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.boot.web.servlet.ServletRegistrationBean<com.vaadin.flow.spring.SpringServlet> servlet;

    private double idlePerSecond;

    @Test
    void othersWorkWhileSessionsIdleOnHome() throws Exception {
        String mode = VaadinMode.requireProduction(servlet);
        demoPeople.seed();
        demoCampaigns.seed();
        demoLeads.seed();
        agreeTarget();
        String tag = Long.toString(System.nanoTime(), 36);
        Long[] campaign = new Long[1];
        demoPeople.runAs("maya", () -> campaign[0] = campaigns.create("Idle bench " + tag).id());

        BenchSessions sessions = new BenchSessions(port);
        List<HttpClient> open = new ArrayList<>();
        int[] counts = SessionMemoryBench.sessionCounts();
        sessions.open(Math.min(10, counts[0]), "home", open);
        // warm up: the verdict, the save and every home view's reaction are compiled before anything is measured
        measure("warm-up", open.size(), verdicts(20));
        measure("warm-up", open.size(), typing(campaign[0], 20, "warm " + tag));
        Map<String, Object> results = start(mode);
        for (int n : counts) {
            sessions.open(n - open.size(), "home", open);
            results.put("verdicts_" + n, measure("verdicts", n, verdicts(CHANGES)));
            results.put("typing_" + n, measure("typed values", n, typing(campaign[0], CHANGES, n + " " + tag)));
        }
        BenchReport.write("idle-sessions", results);
    }

    /**
     * The same for people idle on the campaigns list while Maya, in a planning session, adds {@value #CHANGES}
     * tasks to a plan, one every {@value #PACE_MS} ms: the list shows nothing of tasks.
     */
    @Test
    void othersPlanWhileSessionsIdleOnTheCampaignsList() throws Exception {
        String mode = VaadinMode.requireProduction(servlet);
        demoPeople.seed();
        demoCampaigns.seed();
        String tag = Long.toString(System.nanoTime(), 36);
        Long[] campaign = new Long[1];
        demoPeople.runAs("maya", () -> campaign[0] = campaigns.create("Idle plan " + tag).id());
        IntConsumer addTask = i -> demoPeople.runAs("maya", () -> campaigns.addTask(campaign[0],
                "Task " + i + " " + System.nanoTime(), null, null));

        BenchSessions sessions = new BenchSessions(port);
        List<HttpClient> open = new ArrayList<>();
        int[] counts = SessionMemoryBench.sessionCounts();
        sessions.open(Math.min(10, counts[0]), "campaigns", open);
        measure("warm-up", open.size(), addTask);
        Map<String, Object> results = start(mode);
        for (int n : counts) {
            sessions.open(n - open.size(), "campaigns", open);
            results.put("tasks_" + n, measure("tasks added, on the campaigns list", n, addTask));
        }
        BenchReport.write("idle-sessions-campaigns-list", results);
    }

    /** Measures the database's idle rate (after the warm-up) and begins the results with the run's settings. */
    private Map<String, Object> start(String mode) throws InterruptedException {
        idlePerSecond = idleRate();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("vaadin_mode", mode);
        results.put("changes", CHANGES);
        results.put("pace_ms", PACE_MS);
        results.put("idle_statements_per_s", idlePerSecond);
        return results;
    }

    /** Maya (marketing) proposes a follow-up rate target and Sam (sales) agrees it, unless one is agreed. */
    private void agreeTarget() {
        boolean[] agreed = new boolean[1];
        demoPeople.runAs("maya", () -> agreed[0] = targets.targets().stream()
                .anyMatch(t -> t.state() == TargetInfo.State.AGREED));
        if (agreed[0]) {
            return;
        }
        TargetInfo[] proposed = new TargetInfo[1];
        demoPeople.runAs("maya", () -> proposed[0] = targets.propose(Metric.FOLLOW_UP_RATE, 80.0));
        demoPeople.runAs("sam", () -> targets.agree(proposed[0].id(), proposed[0].version()));
    }

    /** {@code count} handed-over leads, made now (not measured), and their acceptance by Sam, one per change. */
    private IntConsumer verdicts(int count) {
        List<LeadCard> mqls = BenchLeads.handedOver(demoPeople, leads, count);
        return i -> demoPeople.runAs("sam", () -> leads.accept(mqls.get(i).id(), mqls.get(i).version()));
    }

    /** Maya typing a new objective into the campaign, one saved value per change (a different one each time). */
    private IntConsumer typing(Long campaign, int count, String tag) {
        return i -> demoPeople.runAs("maya", () -> campaigns.saveBriefField(campaign, BriefField.OBJECTIVE,
                "Objective " + tag + " " + i + " of " + count));
    }

    private Map<String, Object> measure(String what, int idle, IntConsumer change) throws Exception {
        int count = what.equals("warm-up") ? 20 : CHANGES;
        CpuUse cpu = CpuUse.start();
        long statementsBefore = statements();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * PACE_MS * 1_000_000;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            change.accept(i);
        }
        long lastChange = System.nanoTime();
        long busyUntil = settle(lastChange);
        double seconds = (System.nanoTime() - start) / 1e9;
        long probes = 1 + (System.nanoTime() - lastChange) / 250_000_000L;
        double statements = statements() - statementsBefore - probes - idlePerSecond * seconds;
        Map<String, Object> use = cpu.since(count, 1);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("idle_on_home", idle);
        m.put("statements_per_change", statements / count);
        m.put("jvm_cpu_ms_per_change", ((Number) use.getOrDefault("jvm_cpu_s", 0.0)).doubleValue() * 1000 / count);
        m.put("mariadb_cpu_ms_per_change", ((Number) use.getOrDefault("mariadb_cpu_s", 0.0)).doubleValue() * 1000
                / count);
        m.put("busy_after_last_change_ms", (busyUntil - lastChange) / 1e6);
        if (!what.equals("warm-up")) {
            System.out.printf(Locale.ROOT, "IDLE SESSIONS %d idle, %d %s %d ms apart: %.1f statements per change, "
                    + "server CPU per change %.1f ms (JVM) + %.1f ms (MariaDB), busy %.0f ms after the last change%n",
                    idle, count, what, PACE_MS, statements / count, m.get("jvm_cpu_ms_per_change"),
                    m.get("mariadb_cpu_ms_per_change"), m.get("busy_after_last_change_ms"));
        }
        return m;
    }

    /**
     * Waits until the database has seen no more than its idle rate of statements for {@value #QUIET_MS} ms and
     * returns when the last statement above that rate ran (as seen by a poll every 250 ms).
     */
    private long settle(long since) throws InterruptedException {
        long last = statements();
        long busyUntil = since;
        while (System.nanoTime() - busyUntil < QUIET_MS * 1_000_000) {
            Thread.sleep(250);
            long now = statements();
            if (now - last > 1 + idlePerSecond) { // more than this poll's own statement and the idle rate
                busyUntil = System.nanoTime();
            }
            last = now;
        }
        return busyUntil;
    }

    /** The statements the server sends the database per second when nobody does anything. */
    private double idleRate() throws InterruptedException {
        long before = statements();
        Thread.sleep(5_000);
        return Math.max(0, statements() - before - 1) / 5.0;
    }

    private long statements() {
        return Long.parseLong(jdbc.queryForList("SHOW GLOBAL STATUS LIKE 'Questions'").get(0).get("Value")
                .toString());
    }
}
