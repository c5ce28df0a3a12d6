package io.tandem.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The campaign brief both teams co-edit. A plain bean, so the live form can bind to it. */
public class Brief {

    private String name;
    private String objective;
    private String audience;
    private String keyMessages;
    private String channels;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal budget;
    private String successMetrics;

    public Brief() {
    }

    public Brief(String name, String objective, String audience, String keyMessages, String channels,
            LocalDate startDate, LocalDate endDate, BigDecimal budget, String successMetrics) {
        this.name = name;
        this.objective = objective;
        this.audience = audience;
        this.keyMessages = keyMessages;
        this.channels = channels;
        this.startDate = startDate;
        this.endDate = endDate;
        this.budget = budget;
        this.successMetrics = successMetrics;
    }

    /** A copy of its own: a brief is a bean a form may write to, so one read is not handed to two people. */
    public Brief copy() {
        return new Brief(name, objective, audience, keyMessages, channels, startDate, endDate, budget, successMetrics);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getKeyMessages() {
        return keyMessages;
    }

    public void setKeyMessages(String keyMessages) {
        this.keyMessages = keyMessages;
    }

    public String getChannels() {
        return channels;
    }

    public void setChannels(String channels) {
        this.channels = channels;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public String getSuccessMetrics() {
        return successMetrics;
    }

    public void setSuccessMetrics(String successMetrics) {
        this.successMetrics = successMetrics;
    }
}
