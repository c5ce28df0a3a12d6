package io.tandem.insight.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.tandem.insight.Metric;

/**
 * One headline number: its label, value, the counts behind it, its definition as an info line (and tooltip), and
 * the agreed target's progress when there is one.
 */
class MetricTile extends Div {

    final Span value = new Span();
    final Span detail = new Span();
    final Div target = new Div();

    MetricTile(Metric metric) {
        addClassName("metric-tile");
        getElement().setAttribute("data-metric", metric.name());
        Span label = new Span(metric.label());
        label.addClassName("metric-label");
        var info = VaadinIcon.INFO_CIRCLE_O.create();
        info.addClassName("metric-info-icon");
        info.setTooltipText(metric.definition());
        info.getElement().setAttribute("aria-label", "Definition: " + metric.definition());
        Div head = new Div(label, info);
        head.addClassName("metric-head");
        value.addClassName("metric-value");
        detail.addClassName("metric-detail");
        Div definition = new Div(metric.definition());
        definition.getElement().setAttribute("title", metric.definition());
        definition.addClassName("metric-definition");
        target.addClassName("metric-target");
        target.setVisible(false);
        add(head, value, detail, target, definition);
    }

    void show(String valueText, String detailText) {
        value.setText(valueText);
        detail.setText(detailText == null ? "" : detailText);
    }

    String valueText() {
        return value.getText();
    }
}
