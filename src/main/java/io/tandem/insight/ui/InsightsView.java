package io.tandem.insight.ui;

import static io.tandem.insight.ui.ChartOptions.ACCENT;
import static io.tandem.insight.ui.ChartOptions.MARKETING;
import static io.tandem.insight.ui.ChartOptions.REJECTED;
import static io.tandem.insight.ui.ChartOptions.SALES;
import static io.tandem.insight.ui.ChartOptions.WAITING;
import static io.tandem.insight.ui.ChartOptions.bar;
import static io.tandem.insight.ui.ChartOptions.line;
import static io.tandem.insight.ui.ChartOptions.list;
import static io.tandem.insight.ui.ChartOptions.obj;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.tandem.campaign.CampaignRef;
import io.tandem.collaboration.SettledUpdates;
import io.tandem.insight.AlignmentService;
import io.tandem.insight.Dashboard;
import io.tandem.insight.InsightTable;
import io.tandem.insight.InsightsService;
import io.tandem.insight.LeadCounts;
import io.tandem.insight.Metric;
import io.tandem.insight.Period;
import io.tandem.insight.Ratio;
import io.tandem.insight.TargetInfo;
import io.tandem.insight.TargetProgress;
import io.tandem.insight.TargetService;
import io.tandem.people.CurrentPerson;
import io.tandem.people.Role;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The Insights dashboard: the numbers both teams agreed on, for a chosen period and optionally one campaign,
 * with each number's definition beside it, charts drawn with ECharts, every chart's table as CSV, the shared
 * targets, and live refresh (debounced) when verdicts, contacts, usage or approvals happen.
 */
@Route("insights")
@PageTitle("Insights · Tandem")
@Menu(title = "Insights", order = 40, icon = "vaadin:chart")
@PermitAll
public class InsightsView extends Div {

    /** The period presets of the picker. */
    enum Preset {
        LAST_7("Last 7 days"), LAST_30("Last 30 days"), LAST_90("Last 90 days"), QUARTER("This quarter"),
        LAST_365("Last 12 months"), CUSTOM("Custom…");

        final String label;

        Preset(String label) {
            this.label = label;
        }

        Period period(LocalDate today) {
            return switch (this) {
                case LAST_7 -> Period.lastDays(7, today);
                case LAST_30, CUSTOM -> Period.lastDays(30, today);
                case LAST_90 -> Period.lastDays(90, today);
                case QUARTER -> Period.quarterOf(today);
                case LAST_365 -> Period.lastDays(365, today);
            };
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final InsightsService insights;
    private final TargetService targets;
    private final AlignmentService alignment;
    private final Clock clock;

    final Select<Preset> preset = new Select<>();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final ComboBox<CampaignRef> campaign = new ComboBox<>("Campaign");
    final Span updated = new Span();
    final Map<Metric, MetricTile> tiles = new EnumMap<>(Metric.class);
    final List<ChartCard> cards = new ArrayList<>();
    final TargetsPanel targetsPanel;
    private final ChartCard byCampaign;
    private final ChartCard trend;
    private final ChartCard funnel;
    private final ChartCard reasons;
    private final ChartCard byPerson;
    private final ChartCard mostUsed;
    private final ChartCard leastUsed;
    private final ChartCard usesByTeam;

    private final boolean leadOrAdmin;
    volatile Dashboard dashboard;
    Period period;

    InsightsView(InsightsService insights, TargetService targets, AlignmentService alignment, SettledUpdates live,
                 Clock clock, CurrentPerson currentPerson) {
        this.insights = insights;
        Role role = currentPerson.require().role();
        this.leadOrAdmin = role == Role.TEAM_LEAD || role == Role.ADMIN;
        this.targets = targets;
        this.alignment = alignment;
        this.clock = clock;
        addClassName("insights-view");

        H2 title = new H2("Insights");
        Span subtitle = new Span("The same numbers for Sales and Marketing, defined once and computed in the database.");
        subtitle.addClassName("insights-subtitle");
        preset.setLabel("Period");
        preset.setItems(Preset.values());
        preset.setItemLabelGenerator(p -> p.label);
        preset.setValue(Preset.LAST_30);
        from.setVisible(false);
        to.setVisible(false);
        from.setMax(today());
        to.setMax(today());
        campaign.setItems(insights.campaigns());
        campaign.setItemLabelGenerator(CampaignRef::name);
        campaign.setPlaceholder("All campaigns");
        campaign.setClearButtonVisible(true);
        updated.addClassName("insights-updated");
        updated.getElement().setAttribute("aria-live", "polite");
        Button alignmentCheck = new Button("Alignment check", VaadinIcon.USERS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(AlignmentView.class)));
        alignmentCheck.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div filters = new Div(preset, from, to, campaign, updated, alignmentCheck);
        filters.addClassName("insights-filters");
        Div header = new Div(new Div(title, subtitle), filters);
        header.addClassName("insights-header");

        preset.addValueChangeListener(e -> {
            boolean custom = e.getValue() == Preset.CUSTOM;
            from.setVisible(custom);
            to.setVisible(custom);
            if (custom) {
                from.setValue(period.from());
                to.setValue(period.to());
                from.focus();
            } else if (e.getValue() != null) {
                period = e.getValue().period(today());
                refresh();
            }
        });
        from.addValueChangeListener(e -> customPeriodChanged());
        to.addValueChangeListener(e -> customPeriodChanged());
        campaign.addValueChangeListener(e -> refresh());

        Div leads = section("Leads: hand-over and follow-up", Metric.LEADS_HANDED_OVER, Metric.ACCEPTANCE_RATE,
                Metric.REJECTION_RATE, Metric.RECYCLE_RATE, Metric.FOLLOW_UP_RATE, Metric.TIME_TO_FIRST_CONTACT,
                Metric.OVERDUE_NOW);
        Div loop = section("Closed loop: campaign → leads → verdicts → wins", Metric.WIN_RATE, Metric.PIPELINE);
        Div collateral = section("Collateral", Metric.COLLATERAL_USAGE_RATE, Metric.HELPFULNESS,
                Metric.APPROVAL_CYCLE_TIME, Metric.REVIEWS_OVERDUE, Metric.CONTENT_REQUESTS_OPEN);
        Div planning = section("Planning together", Metric.ALIGNED_CAMPAIGNS, Metric.ALIGNMENT_SCORE);

        byCampaign = card(InsightTable.LEADS_BY_CAMPAIGN, "Verdicts on the leads each source campaign handed over in the period.",
                "No leads were handed over in this period.");
        trend = card(InsightTable.TREND, "Leads handed over per week or month (bars), and of them the acceptance and follow-up rates (lines).",
                "No leads were handed over in this period.");
        funnel = card(InsightTable.FUNNEL, "Of the leads handed over in the period: accepted by sales, then won.",
                "No leads were handed over in this period.");
        reasons = card(InsightTable.REJECT_REASONS, "Why sales rejected the leads handed over in the period.",
                "No lead handed over in this period was rejected.");
        byPerson = card(InsightTable.FOLLOW_UP_BY_PERSON, "Follow-up rate per sales person, over the leads they own (team leads and admins see this).",
                "No accepted leads have an owner in this period.");
        mostUsed = card(InsightTable.MOST_USED_ASSETS, "Assets with the most uses logged by sales in the period.",
                "No collateral use was logged in this period. Sales logs a use with \"I used this\" in the library.");
        leastUsed = card(InsightTable.LEAST_USED_ASSETS, "Published assets with the fewest uses in the 90 days up to the end of the period: candidates to improve or retire.",
                "Nothing is published yet.");
        usesByTeam = card(InsightTable.USES_BY_TEAM, "Collateral uses logged in the period, by the team of the person who used it.",
                "No collateral use was logged in this period.");
        Div leadCharts = grid(byCampaign, trend, funnel, reasons, byPerson);
        Div collateralCharts = grid(mostUsed, leastUsed, usesByTeam);

        targetsPanel = new TargetsPanel(targets, this::refresh);

        add(header, targetsPanel, leads, leadCharts, loop, collateral, collateralCharts, planning);
        period = Preset.LAST_30.period(today());
        refresh();
        LiveRefresh.attach(this, live, this::refresh);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private void customPeriodChanged() {
        if (preset.getValue() != Preset.CUSTOM || from.getValue() == null || to.getValue() == null) {
            return;
        }
        to.setInvalid(false);
        if (to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage("The end is before the start");
            to.setInvalid(true);
            return;
        }
        Period chosen = new Period(from.getValue(), to.getValue());
        if (chosen.days() > Period.MAX_DAYS) {
            to.setErrorMessage("Choose at most " + Period.MAX_DAYS + " days");
            to.setInvalid(true);
            return;
        }
        period = chosen;
        refresh();
    }

    private Div section(String title, Metric... metrics) {
        Div row = new Div();
        row.addClassName("metric-row");
        for (Metric m : metrics) {
            MetricTile tile = new MetricTile(m);
            tiles.put(m, tile);
            row.add(tile);
        }
        H3 h = new H3(title);
        h.addClassName("insights-section-title");
        Div section = new Div(h, row);
        section.addClassName("insights-section");
        return section;
    }

    private ChartCard card(InsightTable table, String definition, String emptyHint) {
        ChartCard card = new ChartCard(table, definition, emptyHint, () -> dashboard);
        cards.add(card);
        return card;
    }

    private static Div grid(ChartCard... cards) {
        Div grid = new Div(cards);
        grid.addClassName("chart-grid");
        return grid;
    }

    /** Recomputes every number for the chosen period and campaign, and redraws. */
    void refresh() {
        refresh(null);
    }

    /** {@link #refresh()} because of a live notice: dashboards refreshing for the same one share the work. */
    void refresh(String noticeId) {
        CampaignRef c = campaign.getValue();
        Dashboard d = insights.dashboard(period, c == null ? null : c.id(), noticeId);
        dashboard = d;
        OptionalDouble score = alignment.averageScore(period);
        showTiles(d, score);
        showCharts(d);
        List<TargetInfo> all = targets.targets();
        targetsPanel.show(all, progress(all, d, score));
        updated.setText(period.label() + " · updated " + TIME.format(d.computedAt()) + " UTC · live");
    }

    private List<TargetProgress> progress(List<TargetInfo> all, Dashboard d, OptionalDouble score) {
        List<TargetProgress> progress = new ArrayList<>();
        tiles.values().forEach(t -> t.target.setVisible(false));
        for (TargetInfo t : all) {
            if (t.state() != TargetInfo.State.AGREED) {
                continue;
            }
            TargetProgress p = new TargetProgress(t, period, t.metric() == Metric.ALIGNMENT_SCORE ? score
                    : d.value(t.metric()));
            progress.add(p);
            MetricTile tile = tiles.get(t.metric());
            tile.target.setText("Target " + t.title().substring(t.metric().label().length() + 1) + " · "
                    + (p.value().isEmpty() ? "not measured" : p.met() ? "on track" : "behind"));
            tile.target.setClassName("metric-target " + (p.value().isEmpty() ? "" : p.met() ? "met" : "behind"));
            tile.target.setVisible(true);
        }
        return progress;
    }

    private void showTiles(Dashboard d, OptionalDouble score) {
        LeadCounts n = d.leads();
        share(Metric.ACCEPTANCE_RATE, n.acceptance(), "accepted");
        share(Metric.REJECTION_RATE, n.rejection(), "rejected");
        share(Metric.RECYCLE_RATE, n.recycling(), "recycled");
        share(Metric.FOLLOW_UP_RATE, n.followUp(), "contacted within the SLA");
        share(Metric.WIN_RATE, n.winRate(), "won");
        share(Metric.COLLATERAL_USAGE_RATE, d.collateral().usage(), "published assets used");
        share(Metric.HELPFULNESS, d.collateral().helpfulness(), "votes helpful");
        share(Metric.ALIGNED_CAMPAIGNS, d.planning().aligned(), "activated campaigns planned together");
        tiles.get(Metric.LEADS_HANDED_OVER).show(String.valueOf(n.handedOver()), n.waiting() + " waiting for a verdict");
        tiles.get(Metric.PIPELINE).show(String.valueOf(n.pipeline()), "accepted and being worked");
        tiles.get(Metric.OVERDUE_NOW).show(String.valueOf(d.overdueNow()), "without first contact, SLA run out");
        tiles.get(Metric.REVIEWS_OVERDUE).show(String.valueOf(d.collateral().reviewsOverdue()), "past their due date");
        tiles.get(Metric.CONTENT_REQUESTS_OPEN).show(String.valueOf(d.collateral().requestsOpen()), "waiting for marketing");
        hours(Metric.TIME_TO_FIRST_CONTACT, d.firstContact(), "contacted leads");
        hours(Metric.APPROVAL_CYCLE_TIME, d.collateral().approvalCycle(), "approvals");
        tiles.get(Metric.ALIGNMENT_SCORE).show(score.isPresent() ? Metric.ALIGNMENT_SCORE.format(score.getAsDouble()) : "—",
                score.isPresent() ? "from the alignment checks in the period" : "nobody took the alignment check yet");
    }

    private void share(Metric metric, Ratio r, String what) {
        tiles.get(metric).show(r.percent(), r.whole() == 0 ? "nothing to count in this period"
                : r.counts() + " " + what);
    }

    private void hours(Metric metric, Dashboard.Hours h, String what) {
        tiles.get(metric).show(h.median() == null ? "—" : metric.format(h.median()),
                h.median() == null ? "nothing measured in this period"
                        : "median · p90 " + metric.format(h.p90()) + " · " + h.measured() + " " + what);
    }

    private void showCharts(Dashboard d) {
        LeadCounts n = d.leads();
        List<Object> names = new ArrayList<>(d.byCampaign().stream().map(Dashboard.CampaignLeads::campaign).toList());
        Map<String, Object> byCampaignOption = ChartOptions.base();
        byCampaignOption.put("xAxis", obj("type", "value", "minInterval", 1));
        byCampaignOption.put("yAxis", obj("type", "category", "data", names.reversed(), "axisLabel", obj("width", 160, "overflow", "truncate")));
        byCampaignOption.put("series", list(
                bar("Accepted", column(d, LeadCounts::accepted), SALES, "v"),
                bar("Rejected", column(d, LeadCounts::rejected), REJECTED, "v"),
                bar("Recycled", column(d, LeadCounts::recycled), MARKETING, "v"),
                bar("Waiting", column(d, LeadCounts::waiting), WAITING, "v")));
        byCampaign.show(n.handedOver() > 0, byCampaignOption);

        Map<String, Object> trendOption = ChartOptions.base();
        trendOption.put("xAxis", obj("type", "category", "data", d.trend().stream()
                .map(t -> t.bucket().toString()).toList()));
        trendOption.put("yAxis", list(obj("type", "value", "name", "Leads", "minInterval", 1),
                obj("type", "value", "name", "%", "min", 0, "max", 100, "splitLine", obj("show", false))));
        trendOption.put("series", list(
                bar("Handed over", d.trend().stream().map(Dashboard.TrendPoint::handedOver).toList(), WAITING, null),
                line("Acceptance rate %", d.trend().stream().map(t -> t.acceptance().percentValue()).toList(), SALES, 1),
                line("Follow-up rate %", d.trend().stream().map(t -> t.followUp().percentValue()).toList(), ACCENT, 1)));
        trend.show(n.handedOver() > 0, trendOption);

        Map<String, Object> funnelOption = ChartOptions.base();
        funnelOption.put("tooltip", obj("trigger", "item", "formatter", "{b}: {c}"));
        funnelOption.put("series", list(obj("type", "funnel", "name", "Lead funnel", "sort", "none", "minSize", "8%",
                "left", "10%", "width", "80%", "top", 30, "bottom", 8, "label", obj("show", true, "position", "inside", "formatter", "{b}: {c}"),
                "data", list(obj("name", "Handed over", "value", n.handedOver(), "itemStyle", obj("color", MARKETING)),
                        obj("name", "Accepted", "value", n.accepted(), "itemStyle", obj("color", SALES)),
                        obj("name", "Won", "value", n.won(), "itemStyle", obj("color", ACCENT))))));
        funnel.show(n.handedOver() > 0, funnelOption);

        reasons.show(!d.rejectReasons().isEmpty(), horizontal(d.rejectReasons().stream()
                .map(Dashboard.Count::label).toList(), d.rejectReasons().stream().map(Dashboard.Count::count).toList(),
                "Leads", REJECTED));

        byPerson.setVisible(leadOrAdmin);
        Map<String, Object> personOption = horizontal(d.byOwner().stream().map(Dashboard.OwnerFollowUp::person).toList(),
                d.byOwner().stream().map(o -> o.followUp().percentValue()).toList(), "Follow-up rate %", SALES);
        byPerson.show(!d.byOwner().isEmpty(), personOption);

        var c = d.collateral();
        mostUsed.show(!c.mostUsed().isEmpty(), horizontal(c.mostUsed().stream().map(Dashboard.AssetUsage::title).toList(),
                c.mostUsed().stream().map(Dashboard.AssetUsage::uses).toList(), "Uses", SALES));
        leastUsed.show(!c.leastUsed().isEmpty(), horizontal(c.leastUsed().stream().map(Dashboard.AssetUsage::title).toList(),
                c.leastUsed().stream().map(Dashboard.AssetUsage::uses).toList(), "Uses (90 days)", MARKETING));
        Map<String, Object> teamOption = ChartOptions.base();
        teamOption.put("tooltip", obj("trigger", "item", "formatter", "{b}: {c} ({d}%)"));
        teamOption.put("series", list(obj("type", "pie", "name", "Uses by team", "radius", list("45%", "70%"),
                "top", 24, "data", c.usesByTeam().stream().map(t -> obj("name", t.label(), "value", t.count(),
                        "itemStyle", obj("color", "Sales".equals(t.label()) ? SALES : MARKETING))).toList())));
        usesByTeam.show(!c.usesByTeam().isEmpty(), teamOption);
    }

    private static List<Long> column(Dashboard d, java.util.function.ToLongFunction<LeadCounts> f) {
        return d.byCampaign().stream().map(c -> f.applyAsLong(c.counts())).toList().reversed();
    }

    /** A horizontal bar chart, first item on top. */
    private static Map<String, Object> horizontal(List<String> labels, List<?> values, String name, String color) {
        Map<String, Object> option = ChartOptions.base();
        option.remove("legend");
        option.put("grid", obj("left", 8, "right", 24, "top", 8, "bottom", 8, "containLabel", true));
        option.put("xAxis", obj("type", "value", "minInterval", 1));
        option.put("yAxis", obj("type", "category", "data", labels.reversed(), "axisLabel", obj("width", 180, "overflow", "truncate")));
        option.put("series", list(bar(name, values.reversed(), color, null)));
        return option;
    }
}
