package io.tandem.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.tandem.base.Team;
import io.tandem.campaign.CampaignService;
import io.tandem.lead.LeadCard;
import io.tandem.lead.LeadService;
import io.tandem.people.DemoPeople;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonForm;
import io.tandem.people.PersonSummary;
import io.tandem.people.Role;
import java.nio.file.Paths;
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
 * Benchmark 1, live propagation: N real Chromium pages (one browser, separate contexts), each signed in as a
 * different person, on one campaign's plan, one campaign's brief or the lead board. One page or a service call
 * makes a change {@value #EDITS} times, one a second as people in a meeting might ({@link #paceMs()}); every other
 * page notes when each change first shows, and is read once at the end (docs/decisions/0031). Prints
 * p50/p95/p99/max per N, the server's share and the split at the last push message, and writes JSON under
 * {@code target/bench/}. Runs in production mode, as users get it ({@link VaadinMode}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LivePropagationBench {

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    static final int EDITS = 200;
    static final int[] PAGES = {2, 10, 20};
    static final String PASSWORD = "bench-password-2026";

    @LocalServerPort
    int port;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    PeopleService people;
    @Autowired
    CampaignService campaigns;
    @Autowired
    LeadService leads;
    @Autowired
    org.springframework.boot.web.servlet.ServletRegistrationBean<com.vaadin.flow.spring.SpringServlet> servlet;

    @Test
    void campaignWorkspace() throws Exception {
        run("campaign plan", "tasks added", "campaign", "live-propagation-campaign", (browser, users) -> {
            // a fresh plan for each N, so every N measures a plan that grows from 0 to 200 tasks
            Long campaign = benchCampaign("Latency bench", users);
            return openAll(browser, users, "campaigns/" + campaign, page -> {
                page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                        new Page.GetByRoleOptions().setName("Plan")).click();
                page.locator(".plan-composer vaadin-button").waitFor();
            });
        }, this::addTasks);
    }

    /**
     * Benchmark 1, a co-edited field: N pages on one campaign's brief; one page types a new objective
     * {@value #EDITS} times; every other page records when its Objective field holds it. The clock starts when the
     * writer's browser sends the value (after the brief's pause for typing, which is deliberate) and stops at the
     * field's {@code value-changed} event in each other browser: the Collaboration Engine's way from one person's
     * field to everyone's.
     */
    @Test
    void briefField() throws Exception {
        run("brief field", "values typed", "campaign", "live-propagation-brief-field", (browser, users) -> {
            Long campaign = benchCampaign("Field bench", users);
            return openAll(browser, users, "campaigns/" + campaign, page -> page.getByLabel("Objective").waitFor());
        }, this::typeObjectives);
    }

    /**
     * Benchmark 1, lead board: N pages on the board (people of both teams); {@value #EDITS} handed-over leads are
     * accepted by a sales rep, one a second (a service call in this JVM, so the start time is the moment
     * the verdict is given); every page records when the card shows in its Accepted column. This is the
     * propagation from a committed change to every open board, without the acting person's own round trip.
     */
    @Test
    void leadBoard() throws Exception {
        List<LeadCard> mqls = new ArrayList<>();
        run("lead board", "verdicts", "leads", "live-propagation-lead-board", (browser, users) -> {
            mqls.clear();
            mqls.addAll(BenchLeads.handedOver(demoPeople, leads, EDITS));
            return openAll(browser, users, "leads", page -> page.locator(".lead-column.stage-accepted").waitFor());
        }, pages -> acceptLeads(pages, mqls));
    }

    /**
     * Benchmark 1's floor: the same harness on N pages that show one line of text and nothing of Tandem's
     * ({@link FloorView}, registered for this run only), changed {@value #EDITS} times from this JVM as the board is.
     * What it measures is Vaadin's push and N Chromium pages on this machine; what a view of Tandem's adds is its
     * figure less this one.
     */
    @Test
    void floor() throws Exception {
        var routes = com.vaadin.flow.router.RouteConfiguration.forRegistry(
                com.vaadin.flow.server.startup.ApplicationRouteRegistry.getInstance(
                        servlet.getServlet().getService().getContext()));
        routes.setRoute(FloorView.PATH, FloorView.class);
        try {
            run("floor (one line of text)", "texts shown", null, "live-propagation-floor", (browser, users) ->
                    openAll(browser, users, FloorView.PATH, page -> page.locator(".floor-line").waitFor()), pages -> {
                        arm(pages, onDomChange("() => [...document.querySelectorAll('.floor-line')]"
                                + ".map(l => l.textContent)"));
                        String run = Long.toString(System.nanoTime(), 36);
                        return paced(null, pages, (i, none) -> {
                            String text = "floor " + i + " " + run;
                            long sent = System.currentTimeMillis();
                            FloorView.showEverywhere(text);
                            return new Made(text, sent);
                        });
                    });
        } finally {
            routes.removeRoute(FloorView.PATH);
        }
    }

    /** Opens the pages of one N, one per person. */
    private interface Opening {
        List<Page> open(Browser browser, List<String> users) throws Exception;
    }

    /** What one N measured: a delay per change and observer, and when its last push message arrived. */
    private record Samples(double[] delays, double[] arrivals, int neverShown) {
    }

    /**
     * The harness of every propagation benchmark: for each N, opens N pages signed in as different people,
     * measures, prints the delays (p50/p95/p99/max), the server's share and where the rest went, and writes all
     * of it as JSON.
     */
    private void run(String what, String changes, String topic, String report, Opening opening,
            java.util.function.Function<List<Page>, Samples> measure) throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("vaadin_mode", VaadinMode.requireProduction(servlet));
        results.put("pace_ms", paceMs());
        demoPeople.seed();
        List<String> users = benchPeople(Arrays.stream(pages()).max().orElseThrow());
        boolean trace = Boolean.getBoolean("tandem.bench.trace");
        try (Playwright playwright = Playwright.create()) {
            Browser browser = launch(playwright);
            for (int n : pages()) {
                List<Page> pages = opening.open(browser, users.subList(0, n));
                ServerSide server = ServerSide.of(meters, topic);
                CpuUse cpu = CpuUse.start();
                PageWork work = PageWork.start(pages.get(n - 1));
                if (trace) {
                    // Chromium's own trace of what the last page did, to open in DevTools' Performance panel
                    browser.startTracing(pages.get(n - 1));
                }
                Samples samples = measure.apply(pages);
                if (trace) {
                    java.nio.file.Files.write(BenchReport.dir().resolve(report + "-" + n + "-trace.json"),
                            browser.stopTracing());
                }
                Map<String, Object> cpuUse = cpu.since(EDITS, n);
                Map<String, Double> pageWork = work.since(EDITS);
                Map<String, Object> figures = stats(samples.delays());
                Map<String, Object> onServer = server.since();
                figures.put("server", onServer);
                Map<String, Object> split = split(samples.delays(), samples.arrivals());
                figures.put("split", split);
                figures.put("never_shown", samples.neverShown());
                figures.put("cpu", cpuUse);
                figures.put("one_page_ms_per_change", pageWork);
                results.put("pages_" + n, figures);
                System.out.printf(Locale.ROOT, "LIVE PROPAGATION %s, N=%d pages, %d %s %d ms apart, %d delays: "
                        + "p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms, not shown within %d s: %d%n", what, n,
                        EDITS, changes, paceMs(), samples.delays().length, figures.get("p50_ms"),
                        figures.get("p95_ms"), figures.get("p99_ms"), figures.get("max_ms"), NEVER.toSeconds(),
                        samples.neverShown());
                System.out.printf(Locale.ROOT, "  on the server (live notice to view reloaded, before the push): "
                        + "%d deliveries, mean=%.1f ms p50=%.1f ms p99=%.1f ms%n", onServer.get("deliveries"),
                        onServer.get("mean_ms"), onServer.get("p50_ms"), onServer.get("p99_ms"));
                System.out.printf(Locale.ROOT, "  split: change to last push message in the browser p50=%.1f "
                        + "p99=%.1f ms; message to the change shown p50=%.1f p99=%.1f ms; no push message seen: %d%n",
                        split.getOrDefault("to_browser_p50_ms", Double.NaN),
                        split.getOrDefault("to_browser_p99_ms", Double.NaN),
                        split.getOrDefault("in_browser_p50_ms", Double.NaN),
                        split.getOrDefault("in_browser_p99_ms", Double.NaN), split.get("without_a_message"));
                System.out.printf(Locale.ROOT, "  one watching page's main thread per change (ms): %s%n", pageWork);
                if (!cpuUse.isEmpty()) {
                    System.out.printf(Locale.ROOT, "  CPU while changing (%.0f s): Chromium %.1f s (%.1f ms per change "
                            + "and page), this JVM (server and Playwright client) %.1f s, MariaDB %.1f s; "
                            + "all %.0f cores %.0f%% busy%n", cpuUse.get("elapsed_s"), cpuUse.get("browsers_cpu_s"),
                            cpuUse.get("browsers_ms_per_change_and_page"), cpuUse.get("jvm_cpu_s"),
                            cpuUse.get("mariadb_cpu_s"), cpuUse.get("cores"), cpuUse.get("machine_busy_pct"));
                    System.out.printf(Locale.ROOT, "  Chromium per change and page by process (ms): %s%n",
                            cpuUse.get("browsers_ms_per_change_and_page_by_process"));
                }
                for (Page p : pages) {
                    p.context().close();
                }
            }
            browser.close();
        }
        BenchReport.write(report, results);
    }

    /** Signs each of {@code users} in on a page of their own, opens {@code path}, waits until it is {@code ready}. */
    private List<Page> openAll(Browser browser, List<String> users, String path,
            java.util.function.Consumer<Page> ready) {
        List<Page> pages = new ArrayList<>();
        for (String user : users) {
            Page page = signIn(browser, user);
            page.navigate("http://localhost:" + port + "/" + path);
            ready.accept(page);
            pages.add(page);
        }
        return pages;
    }

    /** How far apart the changes start, in ms: {@code -Dtandem.bench.paceMs}, 1000 unless told. */
    static long paceMs() {
        return Long.getLong("tandem.bench.paceMs", 1000);
    }

    /**
     * Arms every page, once, to note each change the first time it shows: {@code recorder} is a script that calls
     * {@code window.__note(key)} with the key of every change it finds (the page's init script keeps the first time
     * of each key, and when the last push message before it arrived). Nothing is asked of a watching page again until
     * all changes are made: the harness's own calls to the pages would take the same two cores as the pages' work.
     */
    private static void arm(List<Page> pages, String recorder) {
        for (Page o : pages) {
            o.evaluate("() => { " + recorder + " }");
        }
    }

    /**
     * A recorder that looks for new keys whenever the page's DOM changes; {@code keys} lists the keys shown now. A
     * {@code MutationObserver}, not {@code requestAnimationFrame}: headless Chromium throttles frames of pages that
     * are not in front, which would add up to a second to what is measured.
     */
    private static String onDomChange(String keys) {
        return "const keys = " + keys + "; new MutationObserver(() => keys().forEach(window.__note))"
                + ".observe(document.body, {subtree: true, childList: true, characterData: true});";
    }

    /** One change: its key, as a page's recorder notes it, and when it started (the clock), in ms since the epoch. */
    private record Made(String key, double sent) {
    }

    /** The {@code i}th change, made by {@code writer} (or by this JVM for {@code null}). */
    private interface Change {
        Made make(int i, Page writer);
    }

    /**
     * Makes {@value #EDITS} changes, one every {@link #paceMs()} (a change that takes longer delays the next),
     * then waits for every observer to have noted each (a page that has not within {@link #NEVER} after the last
     * change counts it as never shown, and as NEVER in the percentiles, so one lost update does not end the run).
     */
    private static Samples paced(Page writer, List<Page> observers, Change change) {
        String[] keys = new String[EDITS];
        double[] sent = new double[EDITS];
        long pace = paceMs() * 1_000_000;
        long next = System.nanoTime();
        for (int i = 0; i < EDITS; i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            next = System.nanoTime() + pace;
            Made made = change.make(i, writer);
            keys[i] = made.key();
            sent[i] = made.sent();
        }
        double[] delays = new double[EDITS * observers.size()];
        double[] arrivals = new double[delays.length];
        int never = 0;
        int k = 0;
        long deadline = System.nanoTime() + NEVER.toNanos();
        for (Page o : observers) {
            try {
                long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000); // 0 would mean no limit
                o.waitForFunction("keys => keys.every(k => k in window.__seen)", Arrays.asList(keys),
                        new Page.WaitForFunctionOptions().setTimeout(left).setPollingInterval(100));
            } catch (com.microsoft.playwright.TimeoutError e) {
                // counted below, key by key
            }
            List<?> noted = (List<?>) o.evaluate("keys => keys.map(k => window.__seen[k] || null)",
                    Arrays.asList(keys));
            for (int i = 0; i < EDITS; i++, k++) {
                if (noted.get(i) instanceof List<?> seenAndArrived) {
                    double arrived = ((Number) seenAndArrived.get(1)).doubleValue();
                    delays[k] = ((Number) seenAndArrived.get(0)).doubleValue() - sent[i];
                    arrivals[k] = arrived == 0 ? Double.NaN : arrived - sent[i]; // NaN: no message seen
                } else {
                    delays[k] = NEVER.toMillis();
                    arrivals[k] = Double.NaN;
                    never++;
                }
            }
        }
        return new Samples(delays, arrivals, never);
    }

    /** The first page (the writer) makes the changes; every other page, armed with {@code recorder}, watches. */
    private static Samples byWriter(List<Page> pages, String recorder, Change change) {
        List<Page> observers = pages.subList(1, pages.size());
        arm(observers, recorder);
        return paced(pages.get(0), observers, change);
    }

    /** The writer adds {@value #EDITS} tasks; the clock starts at its click. */
    private Samples addTasks(List<Page> pages) {
        String run = Long.toString(System.nanoTime(), 36);
        return byWriter(pages, onDomChange("() => [...document.querySelectorAll('.plan-row .plan-task-title')]"
                + ".map(c => c.textContent)"), (i, w) -> {
            // the writer's own answer to the last click (its title field emptied) before the next title is typed:
            // an answer arriving after the observers' pushes would otherwise empty the next title, never added
            w.waitForFunction("() => document.querySelector('.plan-composer vaadin-text-field').value === ''",
                    null, new Page.WaitForFunctionOptions().setTimeout(NEVER.toMillis()));
            String title = "bench task " + i + " " + run;
            w.locator(".plan-composer vaadin-text-field input").fill(title);
            w.locator(".plan-composer vaadin-text-field input").blur(); // commits the value (change event)
            return new Made(title, ((Number) w.evaluate("() => { document.querySelector('.plan-composer "
                    + "vaadin-button').click(); return Date.now(); }")).doubleValue());
        });
    }

    /**
     * The writer types {@value #EDITS} objectives; the clock starts when its browser sends the value, after the
     * brief's pause for typing (the page notes when a message carrying it leaves). The field's value is a property:
     * its {@code value-changed} event says when a page has it.
     */
    private Samples typeObjectives(List<Page> pages) {
        String run = Long.toString(System.nanoTime(), 36);
        return byWriter(pages, "[...document.querySelectorAll('vaadin-text-area')].find(a => a.label === 'Objective')"
                + ".addEventListener('value-changed', e => window.__note(e.detail.value));", (i, w) -> {
            String value = "Objective " + i + " " + run;
            w.evaluate("t => { window.__sentAt = 0; window.__expect = t; }", value);
            w.getByLabel("Objective").fill(value);
            return new Made(value, ((Number) w.waitForFunction("() => window.__sentAt", null,
                    new Page.WaitForFunctionOptions().setTimeout(10_000)).jsonValue()).doubleValue());
        });
    }

    /** A sales rep accepts {@code mqls}, one every {@link #paceMs()} (in this JVM); every page is an observer. */
    private Samples acceptLeads(List<Page> pages, List<LeadCard> mqls) {
        arm(pages, onDomChange("() => [...document.querySelectorAll('.lead-column.stage-accepted .lead-card')]"
                + ".map(c => c.dataset.leadId)"));
        return paced(null, pages, (i, none) -> {
            LeadCard lead = mqls.get(i);
            long[] sent = new long[1];
            demoPeople.runAs("sam", () -> {
                sent[0] = System.currentTimeMillis();
                leads.accept(lead.id(), lead.version());
            });
            return new Made(String.valueOf(lead.id()), sent[0]);
        });
    }

    /** A new campaign (Maya's) with the benchmark's people as participants, so each may edit it. */
    private Long benchCampaign(String name, List<String> users) {
        Long[] campaign = new Long[1];
        demoPeople.runAs("maya", () -> {
            campaign[0] = campaigns.create(name + " " + users.size() + " " + System.nanoTime()).id();
            people.listActive().stream().filter(p -> users.contains(p.username()))
                    .forEach(p -> campaigns.addParticipant(campaign[0], p.id()));
        });
        return campaign[0];
    }

    private static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("tandem.chromium", "/usr/bin/chromium")))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        // every page is "in front" for the benchmark: no throttled timers or frames
                        "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
                        "--disable-backgrounding-occluded-windows")));
    }

    /** How long a page may take to show a change before it counts as never shown. */
    static final java.time.Duration NEVER = java.time.Duration.ofSeconds(60);

    private Page signIn(Browser browser, String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        // the time each push message arrives, to split a delay into the way to the browser and the browser's work;
        // when a message carrying an awaited value leaves (window.__expect), where a change starts in a browser;
        // and window.__note(key), which keeps when a change first showed and when its last push message arrived
        context.addInitScript("window.__seen = {}; window.__note = k => { if (!(k in window.__seen))"
                + " window.__seen[k] = [Date.now(), window.__lastMessageAt || 0]; };"
                + " window.WebSocket = class extends window.WebSocket { constructor(...a) { super(...a);"
                + " this.addEventListener('message', () => { window.__lastMessageAt = Date.now(); }); }"
                + " send(d) { if (window.__expect && String(d).includes(window.__expect)) {"
                + " window.__sentAt = Date.now(); window.__expect = null; } return super.send(d); } };"
                + " const xhrSend = XMLHttpRequest.prototype.send; XMLHttpRequest.prototype.send = function(d) {"
                + " if (window.__expect && d && String(d).includes(window.__expect)) {"
                + " window.__sentAt = Date.now(); window.__expect = null; } return xhrSend.call(this, d); };");
        String css = System.getProperty("tandem.bench.css", "");
        if (!css.isBlank()) {
            // a style to try on every page, for an A/B of a CSS change without building the frontend twice
            context.addInitScript("document.addEventListener('DOMContentLoaded', () => {"
                    + " const s = document.createElement('style'); s.textContent = "
                    + tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(css) + ";"
                    + " document.head.append(s); });");
        }
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL("http://localhost:" + port + "/");
        return page;
    }

    private List<String> benchPeople(int count) {
        List<String> usernames = new ArrayList<>();
        demoPeople.runAs("alex", () -> {
            List<PersonSummary> existing = people.listAll();
            for (int i = 0; i < count; i++) {
                String username = "bench" + i;
                usernames.add(username);
                if (existing.stream().noneMatch(p -> p.username().equals(username))) {
                    people.create(new PersonForm(username, "Bench Person " + i, username + "@bench.example",
                            i % 2 == 0 ? Team.SALES : Team.MARKETING, Role.MEMBER, PASSWORD));
                }
            }
        });
        return usernames;
    }

    /** The page counts to run: {@code -Dtandem.bench.pages=2,10} runs fewer than the default 2, 10, 20. */
    static int[] pages() {
        String wanted = System.getProperty("tandem.bench.pages", "");
        return wanted.isBlank() ? PAGES : Arrays.stream(wanted.split(",")).mapToInt(x -> Integer.parseInt(x.trim()))
                .toArray();
    }

    /**
     * Splits each delay at the arrival of the last push message before the change showed: the way to the browser
     * (server, push, the renderer's turn to read its socket) and the browser's own work (Flow's client applying the
     * message, the DOM).
     */
    static Map<String, Object> split(double[] delays, double[] arrivals) {
        int[] known = java.util.stream.IntStream.range(0, delays.length).filter(i -> !Double.isNaN(arrivals[i]))
                .toArray();
        double[] toBrowser = Arrays.stream(known).mapToDouble(i -> arrivals[i]).sorted().toArray();
        double[] inBrowser = Arrays.stream(known).mapToDouble(i -> delays[i] - arrivals[i]).sorted().toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("without_a_message", delays.length - known.length);
        if (known.length > 0) {
            m.put("to_browser_p50_ms", BenchReport.percentile(toBrowser, 50));
            m.put("to_browser_p99_ms", BenchReport.percentile(toBrowser, 99));
            m.put("in_browser_p50_ms", BenchReport.percentile(inBrowser, 50));
            m.put("in_browser_p99_ms", BenchReport.percentile(inBrowser, 99));
        }
        return m;
    }

    static Map<String, Object> stats(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", sorted.length);
        m.put("p50_ms", BenchReport.percentile(sorted, 50));
        m.put("p95_ms", BenchReport.percentile(sorted, 95));
        m.put("p99_ms", BenchReport.percentile(sorted, 99));
        m.put("max_ms", sorted[sorted.length - 1]);
        return m;
    }

    /**
     * What one page's main thread did while the changes were made, from Chromium's own counters (the DevTools
     * protocol's {@code Performance.getMetrics}): all its tasks, and of that script (Flow's client, the components,
     * the benchmark's observer), style and layout, in ms per change.
     */
    private record PageWork(com.microsoft.playwright.CDPSession cdp, Map<String, Double> before) {

        private static final List<String> METRICS = List.of("TaskDuration", "ScriptDuration", "RecalcStyleDuration",
                "LayoutDuration");

        static PageWork start(Page page) {
            com.microsoft.playwright.CDPSession cdp = page.context().newCDPSession(page);
            cdp.send("Performance.enable");
            return new PageWork(cdp, read(cdp));
        }

        Map<String, Double> since(int changes) {
            Map<String, Double> now = read(cdp);
            Map<String, Double> perChange = new LinkedHashMap<>();
            for (String m : METRICS) {
                perChange.put(m.replace("Duration", "").toLowerCase(Locale.ROOT),
                        Math.round((now.get(m) - before.get(m)) * 1000 / changes * 10) / 10.0);
            }
            cdp.detach();
            return perChange;
        }

        private static Map<String, Double> read(com.microsoft.playwright.CDPSession cdp) {
            Map<String, Double> values = new LinkedHashMap<>();
            cdp.send("Performance.getMetrics").getAsJsonArray("metrics").forEach(m -> {
                String name = m.getAsJsonObject().get("name").getAsString();
                if (METRICS.contains(name)) {
                    values.put(name, m.getAsJsonObject().get("value").getAsDouble());
                }
            });
            return values;
        }
    }

    /**
     * The server's share of the delay, from the {@code tandem.live.delivery} timer: from the change to a board that
     * has reloaded, before the push to the browser. The mean is exact for the run; the percentiles are
     * Micrometer's, over its last two minutes.
     */
    private record ServerSide(io.micrometer.core.instrument.Timer timer, long count, double total) {

        /** For the views on {@code topic}; {@code null} for the floor, which has no live notices to time. */
        static ServerSide of(io.micrometer.core.instrument.MeterRegistry meters, String topic) {
            // registered, with its percentiles, by the boards' subscriptions
            return topic == null ? new ServerSide(null, 0, 0)
                    : of(meters.get(io.tandem.collaboration.LiveUpdates.DELIVERY).tag("topic", topic).timer());
        }

        private static ServerSide of(io.micrometer.core.instrument.Timer timer) {
            return new ServerSide(timer, timer.count(), timer.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS));
        }

        Map<String, Object> since() {
            Map<String, Object> out = new LinkedHashMap<>();
            if (timer == null) {
                out.put("deliveries", 0L);
                out.put("mean_ms", Double.NaN);
                out.put("p50_ms", Double.NaN);
                out.put("p99_ms", Double.NaN);
                return out;
            }
            long n = timer.count() - count;
            out.put("deliveries", n);
            out.put("mean_ms", n == 0 ? 0.0 : (timer.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS) - total) / n);
            for (var v : timer.takeSnapshot().percentileValues()) {
                out.put("p" + Math.round(v.percentile() * 100) + "_ms",
                        v.value(java.util.concurrent.TimeUnit.MILLISECONDS));
            }
            out.putIfAbsent("p50_ms", Double.NaN);
            out.putIfAbsent("p99_ms", Double.NaN);
            return out;
        }
    }
}
