package io.tandem.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart ({@code <tandem-chart>}, {@code frontend/components/tandem-chart.js}). The server
 * builds the whole ECharts option (see {@link ChartOptions}) and sends it as JSON; the browser only draws.
 */
@Tag("tandem-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/tandem-chart.js")
public class Chart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Chart(String ariaLabel) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", ariaLabel);
        setWidthFull();
        setHeight("260px");
    }

    /** Draws {@code option} (maps, lists, strings and numbers in ECharts' option structure). */
    public void setOption(Object option) {
        getElement().setProperty("option", JSON.writeValueAsString(option));
    }
}
