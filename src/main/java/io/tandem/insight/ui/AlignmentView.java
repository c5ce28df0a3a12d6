package io.tandem.insight.ui;

import static io.tandem.insight.ui.ChartOptions.MARKETING;
import static io.tandem.insight.ui.ChartOptions.SALES;
import static io.tandem.insight.ui.ChartOptions.list;
import static io.tandem.insight.ui.ChartOptions.obj;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.tandem.base.Team;
import io.tandem.base.ValidationException;
import io.tandem.base.ui.Toast;
import io.tandem.collaboration.SettledUpdates;
import io.tandem.insight.AlignmentScoring;
import io.tandem.insight.AlignmentScoring.Dimension;
import io.tandem.insight.AlignmentScoring.Stage;
import io.tandem.insight.AlignmentService;
import io.tandem.insight.AlignmentService.TeamMonth;
import io.tandem.insight.Metric;
import io.tandem.insight.Period;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The alignment check: ten statements rated 1–5, scored into silo / process / collaboration; and, for everyone,
 * the teams' average score per month, so leaders see whether Sales and Marketing converge.
 */
@Route("insights/alignment")
@PageTitle("Alignment check · Tandem")
@PermitAll
public class AlignmentView extends Div {

    static final List<String> SCALE = List.of("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree");

    private final AlignmentService alignment;
    private final Clock clock;
    final List<RadioButtonGroup<Integer>> answers = new ArrayList<>();
    final Button submit = new Button("Save my answers");
    final Span result = new Span();
    final Paragraph error = new Paragraph();
    final Chart trend = new Chart("Average alignment score per team and month");
    final Chart stages = new Chart("Answers per stage and team");
    final Chart dimensions = new Chart("Average per dimension and team");
    private Div charts;
    final Paragraph noData = new Paragraph("Nobody has taken the check in the last 12 months yet. Be the first.");

    AlignmentView(AlignmentService alignment, SettledUpdates live, Clock clock) {
        this.alignment = alignment;
        this.clock = clock;
        addClassName("alignment-view");
        RouterLink back = new RouterLink("← Insights", InsightsView.class);
        H2 title = new H2("Alignment check");
        Paragraph intro = new Paragraph("Ten statements about how Sales and Marketing work together. Rate each from 1 (strongly disagree) to 5 (strongly agree). Your answers count for this month; taking it again this month replaces them. Only the team averages are shown to others. "
                + Metric.ALIGNMENT_SCORE.definition());
        intro.addClassName("alignment-intro");

        Div form = new Div();
        form.addClassName("alignment-form");
        for (AlignmentScoring.Statement s : AlignmentScoring.STATEMENTS) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
            group.setLabel(s.number() + ". " + s.text());
            group.setItems(1, 2, 3, 4, 5);
            group.setItemLabelGenerator(i -> i + " " + SCALE.get(i - 1));
            group.setHelperText(s.dimension().label());
            group.addClassName("alignment-statement");
            answers.add(group);
            form.add(group);
        }
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> save());
        error.addClassName("alignment-error");
        error.setVisible(false);
        result.addClassName("alignment-result");
        Div actions = new Div(submit, result);
        actions.addClassName("alignment-actions");
        form.add(error, actions);

        H3 teamsTitle = new H3("Are the teams converging?");
        Paragraph stageInfo = new Paragraph("Stages: " + Arrays.stream(Stage.values()).map(st -> st.label() + " — "
                + st.meaning()).collect(java.util.stream.Collectors.joining(" ")) + " Score below " + AlignmentScoring.PROCESS_FROM
                + " is silo, from " + AlignmentScoring.COLLABORATION_FROM + " collaboration.");
        stageInfo.addClassName("chart-definition");
        charts = new Div(card("Average score per team and month", trend), card("Stage of each answer", stages),
                card("Dimensions (last 12 months)", dimensions));
        charts.addClassName("chart-grid");
        noData.addClassName("targets-empty");
        add(back, title, intro, form, teamsTitle, stageInfo, noData, charts);

        alignment.mine().ifPresent(mine -> {
            for (int i = 0; i < answers.size(); i++) {
                answers.get(i).setValue(mine.ratings().get(i));
            }
            showResult(mine.score(), mine.stage(), "Your answers this month");
        });
        refresh();
        LiveRefresh.attach(this, live, notice -> refresh());
    }

    private static Div card(String title, Chart chart) {
        Div card = new Div(new H3(title), chart);
        card.addClassName("chart-card");
        return card;
    }

    void save() {
        List<Integer> ratings = answers.stream().map(RadioButtonGroup::getValue).toList();
        answers.forEach(a -> a.setInvalid(a.getValue() == null));
        String problem = AlignmentScoring.error(ratings);
        if (problem != null) {
            error.setText(problem + " (" + answers.stream().filter(a -> a.getValue() == null).count() + " left).");
            error.setVisible(true);
            answers.stream().filter(a -> a.getValue() == null).findFirst().ifPresent(a -> a.getElement().callJsFunction("focus"));
            return;
        }
        try {
            AlignmentService.MyCheck mine = alignment.submit(ratings);
            error.setVisible(false);
            showResult(mine.score(), mine.stage(), "Saved");
            Toast.success("Thank you: your alignment check is saved for " + mine.month().getMonth()
                    .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
            refresh();
        } catch (ValidationException e) {
            error.setText(e.getMessage());
            error.setVisible(true);
        }
    }

    private void showResult(double score, Stage stage, String prefix) {
        result.setText(prefix + ": " + Metric.ALIGNMENT_SCORE.format(score) + " — " + stage.label() + ". "
                + stage.meaning());
    }

    void refresh() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Period year = new Period(today.withDayOfMonth(1).minusMonths(11), today);
        List<TeamMonth> months = alignment.byTeamAndMonth(year);
        noData.setVisible(months.isEmpty());
        charts.setVisible(!months.isEmpty());
        List<String> labels = new ArrayList<>();
        for (LocalDate m = year.from(); !m.isAfter(today); m = m.plusMonths(1)) {
            labels.add(m.toString().substring(0, 7));
        }
        Map<String, Object> trendOption = ChartOptions.base();
        trendOption.put("xAxis", obj("type", "category", "data", labels));
        trendOption.put("yAxis", obj("type", "value", "min", 1, "max", 5));
        trendOption.put("series", list(teamLine(Team.SALES, months, labels, SALES),
                teamLine(Team.MARKETING, months, labels, MARKETING)));
        trend.setOption(trendOption);

        Map<String, Object> stageOption = ChartOptions.base();
        stageOption.put("xAxis", obj("type", "category", "data", list("Sales", "Marketing")));
        stageOption.put("yAxis", obj("type", "value", "minInterval", 1));
        List<Object> stageSeries = new ArrayList<>();
        String[] colors = {"#98a2b3", "#3e63dd", SALES};
        for (Stage st : Stage.values()) {
            List<Long> perTeam = new ArrayList<>();
            for (Team t : List.of(Team.SALES, Team.MARKETING)) {
                perTeam.add(months.stream().filter(m -> m.team() == t).mapToLong(m -> switch (st) {
                    case SILO -> m.silo();
                    case PROCESS -> m.process();
                    case COLLABORATION -> m.collaboration();
                }).sum());
            }
            stageSeries.add(ChartOptions.bar(st.label(), perTeam, colors[st.ordinal()], "s"));
        }
        stageOption.put("series", stageSeries);
        stages.setOption(stageOption);

        Map<String, Object> dimOption = ChartOptions.base();
        dimOption.put("xAxis", obj("type", "category", "data", Arrays.stream(Dimension.values()).map(Dimension::label).toList()));
        dimOption.put("yAxis", obj("type", "value", "min", 0, "max", 5));
        List<Object> dimSeries = new ArrayList<>();
        for (AlignmentService.TeamDimensions td : alignment.dimensions(year)) {
            dimSeries.add(ChartOptions.bar(td.team().label(), td.averages().stream()
                    .map(v -> Math.round(v * 100) / 100.0).toList(), td.team() == Team.SALES ? SALES : MARKETING, null));
        }
        dimOption.put("series", dimSeries);
        dimensions.setOption(dimOption);
    }

    private static Map<String, Object> teamLine(Team team, List<TeamMonth> months, List<String> labels, String color) {
        List<Double> values = new ArrayList<>();
        for (String label : labels) {
            values.add(months.stream().filter(m -> m.team() == team && m.month().toString().startsWith(label))
                    .findFirst().map(m -> Math.round(m.score() * 100) / 100.0).orElse(null));
        }
        return ChartOptions.line(team.label(), values, color, 0);
    }
}
