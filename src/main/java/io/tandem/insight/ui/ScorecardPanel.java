package io.tandem.insight.ui;

import static io.tandem.insight.ui.ChartOptions.ACCENT;
import static io.tandem.insight.ui.ChartOptions.MARKETING;
import static io.tandem.insight.ui.ChartOptions.REJECTED;
import static io.tandem.insight.ui.ChartOptions.SALES;
import static io.tandem.insight.ui.ChartOptions.WAITING;
import static io.tandem.insight.ui.ChartOptions.list;
import static io.tandem.insight.ui.ChartOptions.obj;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.tandem.collaboration.SettledUpdates;
import io.tandem.insight.Dashboard;
import io.tandem.insight.InsightsService;
import io.tandem.insight.LeadCounts;
import io.tandem.insight.Metric;
import io.tandem.insight.Ratio;
import io.tandem.insight.Scorecard;
import java.util.EnumMap;
import java.util.Map;

/** One campaign's scorecard since it started, kept current live (debounced). */
class ScorecardPanel extends Div {

    private final InsightsService insights;
    private final long campaignId;
    final Map<Metric, MetricTile> tiles = new EnumMap<>(Metric.class);
    final Chart outcome = new Chart("Verdicts on this campaign's leads");
    final Paragraph empty = new Paragraph();
    Scorecard scorecard;

    ScorecardPanel(InsightsService insights, long campaignId, SettledUpdates live) {
        this.insights = insights;
        this.campaignId = campaignId;
        addClassName("scorecard");
        Paragraph info = new Paragraph("Everything this campaign's leads and collateral did since it started, with the same definitions as the Insights dashboard.");
        info.addClassName("chart-definition");
        Div row = new Div();
        row.addClassName("metric-row");
        for (Metric m : new Metric[] {Metric.LEADS_HANDED_OVER, Metric.ACCEPTANCE_RATE, Metric.FOLLOW_UP_RATE,
                Metric.TIME_TO_FIRST_CONTACT, Metric.WIN_RATE, Metric.PIPELINE, Metric.OVERDUE_NOW,
                Metric.COLLATERAL_USAGE_RATE, Metric.HELPFULNESS}) {
            MetricTile tile = new MetricTile(m);
            tiles.put(m, tile);
            row.add(tile);
        }
        empty.addClassName("targets-empty");
        Div chartCard = new Div(new H3("Verdicts and wins"), empty, outcome);
        chartCard.addClassName("chart-card");
        Anchor dashboard = new Anchor("insights", "Compare with all campaigns on the Insights dashboard");
        add(info, row, chartCard, dashboard);
        refresh();
        LiveRefresh.attach(this, live, notice -> refresh());
    }

    void refresh() {
        Scorecard s = insights.scorecard(campaignId);
        scorecard = s;
        LeadCounts n = s.leads();
        tiles.get(Metric.LEADS_HANDED_OVER).show(String.valueOf(n.handedOver()), n.waiting() + " waiting for a verdict");
        share(Metric.ACCEPTANCE_RATE, n.acceptance(), "accepted");
        share(Metric.FOLLOW_UP_RATE, n.followUp(), "contacted within the SLA");
        share(Metric.WIN_RATE, n.winRate(), "won");
        tiles.get(Metric.PIPELINE).show(String.valueOf(n.pipeline()), "accepted and being worked");
        tiles.get(Metric.OVERDUE_NOW).show(String.valueOf(s.overdueNow()), "without first contact, SLA run out");
        Dashboard.Hours h = s.firstContact();
        tiles.get(Metric.TIME_TO_FIRST_CONTACT).show(h.median() == null ? "—" : Metric.TIME_TO_FIRST_CONTACT.format(h.median()),
                h.median() == null ? "no contact logged yet" : "median · p90 " + Metric.TIME_TO_FIRST_CONTACT.format(h.p90()));
        share(Metric.COLLATERAL_USAGE_RATE, s.collateral().usage(), "published assets used in the last 90 days");
        share(Metric.HELPFULNESS, s.collateral().helpfulness(), "votes helpful");
        boolean hasLeads = n.handedOver() > 0;
        empty.setText("No lead of this campaign has been handed over to sales yet.");
        empty.setVisible(!hasLeads);
        outcome.setVisible(hasLeads);
        if (hasLeads) {
            Map<String, Object> option = ChartOptions.base();
            option.remove("legend");
            option.put("grid", obj("left", 8, "right", 16, "top", 16, "bottom", 8, "containLabel", true));
            option.put("tooltip", obj("trigger", "item", "formatter", "{b}: {c}"));
            option.put("xAxis", obj("type", "category", "data", list("Handed over", "Accepted", "Rejected", "Recycled",
                    "Waiting", "Won")));
            option.put("yAxis", obj("type", "value", "minInterval", 1));
            option.put("series", list(obj("type", "bar", "name", "Leads", "barMaxWidth", 48, "data", list(
                    obj("value", n.handedOver(), "itemStyle", obj("color", MARKETING)),
                    obj("value", n.accepted(), "itemStyle", obj("color", SALES)),
                    obj("value", n.rejected(), "itemStyle", obj("color", REJECTED)),
                    obj("value", n.recycled(), "itemStyle", obj("color", MARKETING)),
                    obj("value", n.waiting(), "itemStyle", obj("color", WAITING)),
                    obj("value", n.won(), "itemStyle", obj("color", ACCENT))))));
            outcome.setOption(option);
        }
    }

    private void share(Metric metric, Ratio r, String what) {
        tiles.get(metric).show(r.percent(), r.whole() == 0 ? "nothing to count yet" : r.counts() + " " + what);
    }
}
