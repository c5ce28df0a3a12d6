package io.tandem.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import io.tandem.KaribuTest;
import io.tandem.campaign.CampaignSection;
import io.tandem.insight.InsightData;
import io.tandem.insight.InsightTable;
import io.tandem.insight.Metric;
import io.tandem.people.DemoPeople;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard, targets, alignment check and scorecard as real views on the real database, browserless. */
class InsightsViewTest extends KaribuTest {

    static long campaign;

    @Autowired
    DemoPeople demoPeople;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<CampaignSection> sections;

    @BeforeEach
    void seed() {
        demoPeople.seed();
        if (campaign != 0) {
            return;
        }
        // June 2002: two leads of one campaign, one accepted and contacted in time, one rejected
        InsightData data = new InsightData(jdbc);
        long maya = data.person("maya");
        campaign = data.campaign("=Karibu campaign", maya, "ACTIVE");
        data.lead(campaign, "ACCEPTED", "2002-06-03T09:00:00", "2002-06-03T10:00:00", null, data.person("sam"));
        data.lead(campaign, "LOST", "2002-06-04T09:00:00", null, "COMPETITOR", null);
    }

    @AfterEach
    void leave() {
        _find(InsightsView.class).forEach(InsightsView::removeFromParent);
        MockVaadin.clientRoundtrip(false);
    }

    private static InsightsView dashboard(LocalDate from, LocalDate to) {
        UI.getCurrent().navigate(InsightsView.class);
        InsightsView view = _get(InsightsView.class);
        view.preset.setValue(InsightsView.Preset.CUSTOM);
        view.from.setValue(from);
        view.to.setValue(to);
        return view;
    }

    private static ChartCard card(InsightsView view, InsightTable table) {
        return view.cards.stream().filter(c -> c.table() == table).findFirst().orElseThrow();
    }

    @Test
    void numbersWithDefinitionsChartsAndCsv() {
        login("maya");
        InsightsView view = dashboard(LocalDate.of(2002, 6, 1), LocalDate.of(2002, 6, 30));
        assertThat(view.tiles).containsOnlyKeys(Metric.values());
        assertThat(view.tiles.get(Metric.LEADS_HANDED_OVER).valueText()).isEqualTo("2");
        assertThat(view.tiles.get(Metric.ACCEPTANCE_RATE).valueText()).isEqualTo("50%");
        assertThat(view.tiles.get(Metric.ACCEPTANCE_RATE).detail.getText()).isEqualTo("1 of 2 accepted");
        assertThat(view.tiles.get(Metric.FOLLOW_UP_RATE).valueText()).isEqualTo("50%");
        assertThat(view.tiles.get(Metric.TIME_TO_FIRST_CONTACT).valueText()).isEqualTo("1.0 h");
        assertThat(view.tiles.get(Metric.FOLLOW_UP_RATE).getElement().getTextRecursively())
                .contains(Metric.FOLLOW_UP_RATE.definition());
        ChartCard byCampaign = card(view, InsightTable.LEADS_BY_CAMPAIGN);
        assertThat(byCampaign.chart.isVisible()).isTrue();
        assertThat(byCampaign.chart.getElement().getProperty("option")).contains("=Karibu campaign", "\"Rejected\"");
        assertThat(card(view, InsightTable.FUNNEL).chart.getElement().getProperty("option")).contains("\"funnel\"");
        assertThat(card(view, InsightTable.REJECT_REASONS).chart.getElement().getProperty("option")).contains("Competitor");
        assertThat(InsightTable.LEADS_BY_CAMPAIGN.csv(view.dashboard)).contains("'=Karibu campaign");
        assertThat(byCampaign.csv.getHref()).isNotBlank();
        assertThat(card(view, InsightTable.FOLLOW_UP_BY_PERSON).isVisible()).isTrue(); // maya is a team lead
    }

    @Test
    void campaignFilterAndEmptyPeriod() {
        login("maya");
        InsightsView view = dashboard(LocalDate.of(2002, 6, 1), LocalDate.of(2002, 6, 30));
        view.campaign.setValue(view.campaign.getListDataView().getItems()
                .filter(c -> c.id() == campaign).findFirst().orElseThrow());
        assertThat(view.dashboard.campaignId()).isEqualTo(campaign);
        assertThat(view.tiles.get(Metric.LEADS_HANDED_OVER).valueText()).isEqualTo("2");
        view.from.setValue(LocalDate.of(1998, 1, 1));
        view.to.setValue(LocalDate.of(1998, 1, 31));
        assertThat(view.tiles.get(Metric.ACCEPTANCE_RATE).valueText()).isEqualTo("—");
        assertThat(view.tiles.get(Metric.ACCEPTANCE_RATE).detail.getText()).isEqualTo("nothing to count in this period");
        ChartCard byCampaign = card(view, InsightTable.LEADS_BY_CAMPAIGN);
        assertThat(byCampaign.chart.isVisible()).isFalse();
        assertThat(byCampaign.empty.isVisible()).isTrue();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedOnTheField() {
        login("leo");
        InsightsView view = dashboard(LocalDate.of(2002, 6, 1), LocalDate.of(2002, 6, 30));
        view.to.setValue(LocalDate.of(2002, 5, 1));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The end is before the start");
        assertThat(view.period.to()).isEqualTo(LocalDate.of(2002, 6, 30)); // numbers unchanged
        assertThat(card(view, InsightTable.FOLLOW_UP_BY_PERSON).isVisible()).isFalse(); // leo is a member
    }

    @Test
    void aTeamLeadProposesTheOtherTeamsLeadAgreesAndTheTileShowsProgress() {
        login("maya");
        InsightsView view = dashboard(LocalDate.of(2002, 6, 1), LocalDate.of(2002, 6, 30));
        assertThat(view.targetsPanel.propose.isVisible()).isTrue();
        _click(view.targetsPanel.propose);
        @SuppressWarnings("unchecked")
        Select<Metric> metric = _get(Select.class, spec -> spec.withLabel("Metric"));
        metric.setValue(Metric.WIN_RATE);
        NumberField threshold = _get(NumberField.class);
        threshold.setValue(150.0);
        _click(_get(Button.class, spec -> spec.withText("Propose")));
        assertThat(threshold.isInvalid()).isTrue();
        assertThat(threshold.getErrorMessage()).isEqualTo("A share is between 0 and 100%");
        threshold.setValue(40.0);
        _click(_get(Button.class, spec -> spec.withText("Propose")));
        assertThat(view.targetsPanel.list.getElement().getTextRecursively()).contains("Win rate ≥ 40%", "waiting");
        assertThat(_find(view.targetsPanel, Button.class, spec -> spec.withText("Agree"))).isEmpty(); // not her own

        view.removeFromParent();
        login("sam");
        view = dashboard(LocalDate.of(2002, 6, 1), LocalDate.of(2002, 6, 30));
        _click(_get(view.targetsPanel, Button.class, spec -> spec.withText("Agree")));
        assertThat(view.tiles.get(Metric.WIN_RATE).target.isVisible()).isTrue();
        assertThat(view.tiles.get(Metric.WIN_RATE).target.getText()).isEqualTo("Target ≥ 40% · behind"); // 0 of 1 accepted won
    }

    @Test
    void alignmentCheckRefusesMissingAnswersThenScoresTheStage() {
        login("priya");
        UI.getCurrent().navigate(AlignmentView.class);
        AlignmentView view = _get(AlignmentView.class);
        view.answers.get(0).setValue(4);
        _click(view.submit);
        assertThat(view.error.isVisible()).isTrue();
        assertThat(view.error.getText()).isEqualTo("Rate all 10 statements (9 left).");
        assertThat(view.answers.get(1).isInvalid()).isTrue();
        for (int i = 0; i < 10; i++) {
            view.answers.get(i).setValue(i < 5 ? 4 : 3); // average 3.5: process
        }
        _click(view.submit);
        assertThat(view.error.isVisible()).isFalse();
        assertThat(view.result.getText()).startsWith("Saved: 3.5 of 5 — Process.");
        assertThat(view.noData.isVisible()).isFalse();
        assertThat(view.trend.getElement().getProperty("option")).contains("\"Sales\"", "3.5");
        view.removeFromParent();
    }

    @Test
    void scorecardTabOfACampaign() {
        login("priya");
        CampaignSection scorecard = sections.stream().filter(s -> s.title().equals("Scorecard")).findFirst().orElseThrow();
        ScorecardPanel panel = (ScorecardPanel) scorecard.create(campaign);
        UI.getCurrent().add(panel);
        assertThat(panel.tiles.get(Metric.LEADS_HANDED_OVER).valueText()).isEqualTo("2");
        assertThat(panel.tiles.get(Metric.ACCEPTANCE_RATE).valueText()).isEqualTo("50%");
        assertThat(panel.outcome.getElement().getProperty("option")).contains("Handed over");
        panel.removeFromParent();
    }
}
