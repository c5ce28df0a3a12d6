package io.tandem.insight.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for ECharts option objects (plain maps and lists, sent to the browser as JSON). */
final class ChartOptions {

    static final String SALES = "#0f7b6c";
    static final String MARKETING = "#c2410c";
    static final String REJECTED = "#b42318";
    static final String WAITING = "#98a2b3";
    static final String INK = "#1b2633";
    static final String ACCENT = "#3e63dd";

    private ChartOptions() {
    }

    /** An object from alternating keys and values, keeping their order. */
    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static List<Object> list(Object... items) {
        return Arrays.asList(items);
    }

    static Map<String, Object> base() {
        return obj("textStyle", obj("fontFamily", "-apple-system, BlinkMacSystemFont, Roboto, 'Segoe UI', Helvetica, Arial, sans-serif", "color", INK),
                "grid", obj("left", 8, "right", 16, "top", 36, "bottom", 8, "containLabel", true),
                "tooltip", obj("trigger", "axis", "axisPointer", obj("type", "shadow")),
                "legend", obj("top", 0, "left", 0, "icon", "roundRect", "itemWidth", 12, "itemHeight", 8));
    }

    static Map<String, Object> bar(String name, List<?> data, String color, String stack) {
        Map<String, Object> s = obj("type", "bar", "name", name, "data", data, "itemStyle",
                obj("color", color, "borderRadius", 2), "barMaxWidth", 36, "emphasis", obj("focus", "series"));
        if (stack != null) {
            s.put("stack", stack);
        }
        return s;
    }

    static Map<String, Object> line(String name, List<?> data, String color, int yAxisIndex) {
        return obj("type", "line", "name", name, "data", data, "yAxisIndex", yAxisIndex, "smooth", true,
                "connectNulls", false, "symbolSize", 7, "itemStyle", obj("color", color), "lineStyle",
                obj("width", 3));
    }
}
