package io.tandem.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

/** The co-edited fields of a brief: their property name, label, type and length limit. */
public enum BriefField {
    NAME("name", "Name", String.class, 120, Brief::getName),
    OBJECTIVE("objective", "Objective", String.class, 2000, Brief::getObjective),
    AUDIENCE("audience", "Target audience / persona", String.class, 1000, Brief::getAudience),
    KEY_MESSAGES("keyMessages", "Key messages", String.class, 2000, Brief::getKeyMessages),
    CHANNELS("channels", "Channels", String.class, 500, Brief::getChannels),
    START_DATE("startDate", "Start date", LocalDate.class, 0, Brief::getStartDate),
    END_DATE("endDate", "End date", LocalDate.class, 0, Brief::getEndDate),
    BUDGET("budget", "Budget", BigDecimal.class, 0, Brief::getBudget),
    SUCCESS_METRICS("successMetrics", "Success metrics (KPIs)", String.class, 2000, Brief::getSuccessMetrics);

    private final String property;
    private final String label;
    private final Class<?> type;
    private final int maxLength;
    private final Function<Brief, Object> getter;

    BriefField(String property, String label, Class<?> type, int maxLength, Function<Brief, Object> getter) {
        this.property = property;
        this.label = label;
        this.type = type;
        this.maxLength = maxLength;
        this.getter = getter;
    }

    public String property() {
        return property;
    }

    public String label() {
        return label;
    }

    public Class<?> type() {
        return type;
    }

    public int maxLength() {
        return maxLength;
    }

    public Object get(Brief brief) {
        return getter.apply(brief);
    }

    public static BriefField ofProperty(String property) {
        for (BriefField f : values()) {
            if (f.property.equals(property)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown brief field " + property);
    }
}
