package io.tandem.campaign.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.tandem.base.ui.EmptyState;
import io.tandem.base.ui.TimeAgo;
import io.tandem.campaign.CampaignService;
import io.tandem.campaign.HistoryEntry;
import java.util.List;

/** Who changed which field when, old → new, and the plan's milestones. */
class HistoryPanel extends Div {

    private final CampaignService campaigns;
    private final Long campaignId;

    HistoryPanel(CampaignService campaigns, Long campaignId) {
        this.campaigns = campaigns;
        this.campaignId = campaignId;
        addClassName("history-panel");
        reload();
    }

    void reload() {
        removeAll();
        List<HistoryEntry> entries = campaigns.history(campaignId);
        if (entries.isEmpty()) {
            add(new EmptyState(VaadinIcon.CLOCK, "No history yet", "Changes to the brief and the plan show up here."));
            return;
        }
        for (HistoryEntry e : entries) {
            Div line = new Div();
            line.addClassName("history-line");
            Span when = new Span(TimeAgo.of(e.at()));
            when.addClassName("history-when");
            when.setTitle(e.at().toString());
            Span who = new Span(e.who());
            who.addClassName("history-who");
            line.add(when);
            if (e.isFieldChange()) {
                line.add(who);
                Span what = new Span("changed " + e.field());
                Span from = new Span(e.oldValue() == null ? "(empty)" : e.oldValue());
                from.addClassName("history-old");
                Span to = new Span(e.newValue() == null ? "(empty)" : e.newValue());
                to.addClassName("history-new");
                line.add(what, from, new Span("→"), to);
            } else {
                line.add(new Span(e.summary()));
            }
            add(line);
        }
    }
}
