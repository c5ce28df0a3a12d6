package io.tandem.insight.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.tandem.base.ui.CsvDownload;
import io.tandem.base.ui.EmptyState;
import io.tandem.insight.Dashboard;
import io.tandem.insight.InsightTable;
import java.util.function.Supplier;

/** A chart with its title, definition, an empty state when there is nothing to draw, and its table as CSV. */
class ChartCard extends Div {

    final Chart chart;
    final EmptyState empty;
    final Anchor csv;
    private final InsightTable table;

    ChartCard(InsightTable table, String definition, String emptyHint, Supplier<Dashboard> current) {
        this.table = table;
        addClassName("chart-card");
        getElement().setAttribute("data-table", table.name());
        H3 title = new H3(table.title());
        csv = CsvDownload.link("CSV", () -> table.fileName(current.get()), out -> out.write(table.csv(current.get())));
        csv.addClassName("chart-csv");
        csv.getElement().setAttribute("title", "Download the table behind this chart as CSV");
        csv.getElement().setAttribute("aria-label", "Download " + table.title() + " as CSV");
        Div head = new Div(title, csv);
        head.addClassName("chart-card-head");
        Paragraph info = new Paragraph(definition);
        info.addClassName("chart-definition");
        chart = new Chart(table.title());
        empty = new EmptyState(VaadinIcon.BAR_CHART, "Nothing to show yet", emptyHint);
        empty.addClassName("chart-empty");
        add(head, info, chart, empty);
    }

    InsightTable table() {
        return table;
    }

    /** Draws {@code option}, or shows the empty state when {@code hasData} is false. */
    void show(boolean hasData, Object option) {
        chart.setVisible(hasData);
        empty.setVisible(!hasData);
        if (hasData) {
            chart.setOption(option);
        }
    }
}
