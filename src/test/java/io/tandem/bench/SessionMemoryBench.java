package io.tandem.bench;

import io.tandem.campaign.DemoCampaigns;
import io.tandem.lead.DemoLeads;
import io.tandem.people.DemoPeople;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Benchmark 2, memory per session: N signed-in sessions (N = 100 and 500; {@code -Dtandem.bench.sessions}), each
 * a real HTTP client with its own cookie jar that signs in through the login form and opens a view the way the
 * browser does: the bootstrap request ({@code ?v-r=init}, which creates the UI) and the first UIDL request with the
 * {@code ui-navigate} event (which renders the route), idle on home and with the lead board open. The server runs in this JVM, so the heap figure is the JVM's own:
 * used heap after repeated full GCs, before and after, divided by N. Prints KB per session and writes JSON. Runs in
 * production mode, as users get it ({@link VaadinMode}): development mode's component tracker, which records where
 * every component was created for the dev tools, makes every figure several times higher.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.servlet.session.timeout=30m")
class SessionMemoryBench {

    @LocalServerPort
    int port;
    private final List<HttpClient> retained = new ArrayList<>();
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    DemoCampaigns demoCampaigns;
    @Autowired
    DemoLeads demoLeads;
    @Autowired
    org.springframework.boot.web.servlet.ServletRegistrationBean<com.vaadin.flow.spring.SpringServlet> servlet;

    @Test
    void memoryPerSession() throws Exception {
        String mode = VaadinMode.requireProduction(servlet);
        BenchSessions sessions = new BenchSessions(port);
        demoPeople.seed();
        demoCampaigns.seed();
        demoLeads.seed();
        // warm up: classes, caches and the first UI of each view are not per-session costs
        sessions.open(10, "home", new ArrayList<>());
        sessions.open(10, "leads", new ArrayList<>());

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("vaadin_mode", mode);
        for (int n : sessionCounts()) {
            for (String view : List.of("home", "leads")) {
                List<HttpClient> keep = new ArrayList<>();
                long before = usedAfterGc();
                Map<String, long[]> histogramBefore = Boolean.getBoolean("tandem.bench.histogram") ? histogram() : null;
                long t0 = System.nanoTime();
                sessions.open(n, view, keep);
                double seconds = (System.nanoTime() - t0) / 1e9;
                long after = usedAfterGc();
                double kb = (after - before) / 1024.0 / n;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("sessions", n);
                m.put("view", view);
                m.put("heap_before_mb", before / 1048576.0);
                m.put("heap_after_mb", after / 1048576.0);
                m.put("kb_per_session", kb);
                m.put("open_s", seconds);
                m.put("first_response_kb", sessions.lastResponseBytes / 1024.0);
                results.put(view + "_" + n, m);
                System.out.printf(Locale.ROOT, "SESSION MEMORY %d sessions on %s: %.0f KB per session (heap %.1f -> "
                        + "%.1f MB after GC; opened in %.1f s)%n", n, view, kb, before / 1048576.0,
                        after / 1048576.0, seconds);
                if (Boolean.getBoolean("tandem.bench.histogram")) {
                    printGrowth(view, n, histogramBefore, histogram());
                }
                retained.addAll(keep); // sessions stay signed in until the end, so every delta is this view's own
            }
        }
        results.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576.0);
        BenchReport.write("session-memory", results);
    }

    /** The live heap by class (bytes, instances), from the JVM's own diagnostic command (it runs a full GC). */
    static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> byClass = new java.util.HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                byClass.put(f[3], new long[] {Long.parseLong(f[2]), Long.parseLong(f[1])});
            }
        }
        return byClass;
    }

    /** The classes whose live bytes grew most: where a session's memory goes. */
    static void printGrowth(String view, int n, Map<String, long[]> before, Map<String, long[]> after) {
        System.out.println("HEAP GROWTH for " + n + " sessions on " + view + " (bytes per session, instances per session):");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[0] - before.getOrDefault(e.getKey(),
                        new long[2])[0], e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(25)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %10d B %8d  %s%n", e.getValue()[0] / n,
                        e.getValue()[1] / n, e.getKey()));
    }

    static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    static int[] sessionCounts() {
        String prop = System.getProperty("tandem.bench.sessions", "");
        return prop.isBlank() ? new int[] {100, 500}
                : Arrays.stream(prop.split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    }
}
