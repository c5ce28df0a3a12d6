package io.tandem.campaign.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.tandem.base.ui.EmptyState;
import io.tandem.base.ui.KeptChildren;
import io.tandem.base.ui.TimeAgo;
import io.tandem.campaign.CampaignService;
import io.tandem.campaign.HistoryEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who changed which field when, old → new, and the plan's milestones. It is read when its tab is opened, and while it
 * is open every saved brief reloads it, so a reload keeps the lines it already shows (their "… ago" brought up to
 * date) and adds only the new ones, and all workspaces reloading for the same notice share one read
 * (LivePropagationBench#briefField).
 */
class HistoryPanel extends Div {

    private final CampaignService campaigns;
    private final Long campaignId;
    private final Div list = new Div();
    private final EmptyState empty = new EmptyState(VaadinIcon.CLOCK, "No history yet",
            "Changes to the brief and the plan show up here.");
    /** The lines shown, newest first. */
    final List<Line> lines = new ArrayList<>();

    HistoryPanel(CampaignService campaigns, Long campaignId) {
        this.campaigns = campaigns;
        this.campaignId = campaignId;
        addClassName("history-panel");
        add(empty, list);
    }

    void reload() {
        show(campaigns.history(campaignId));
    }

    /** Reloads for a live notice, sharing the read with every workspace that reloads for it. */
    void reload(String notice) {
        show(campaigns.history(campaignId, notice));
    }

    private void show(List<HistoryEntry> entries) {
        Map<HistoryEntry, Line> before = new HashMap<>();
        lines.forEach(l -> before.putIfAbsent(l.entry, l));
        List<Line> next = new ArrayList<>(entries.size());
        for (HistoryEntry e : entries) {
            Line kept = before.remove(e); // removed: two equal entries get a line each
            if (kept != null) {
                kept.refreshTime();
                next.add(kept);
            } else {
                next.add(new Line(e));
            }
        }
        KeptChildren.show(list, lines, next);
        lines.clear();
        lines.addAll(next);
        empty.setVisible(entries.isEmpty());
        list.setVisible(!entries.isEmpty());
    }

    /** How long a shared beginning must be before a line leaves it out. */
    private static final int SAME_START = 24;

    /**
     * The old and new values as a history line shows them. Both are cut short to fit the column, so when they begin
     * with the same long text (an objective with a sentence added at its end), both start with "…" at the word
     * where they part, and the change is what shows.
     */
    static String[] shownEnds(String old, String now) {
        if (old == null || now == null) {
            return new String[] {old, now};
        }
        int same = 0;
        while (same < old.length() && same < now.length() && old.charAt(same) == now.charAt(same)) {
            same++;
        }
        int word = old.lastIndexOf(' ', same - 1) + 1; // the word where they part, the same in both
        if (word < SAME_START) {
            return new String[] {old, now};
        }
        return new String[] {"…" + old.substring(word), "…" + now.substring(word)};
    }

    /** One entry of the history. */
    static final class Line extends Div {

        final HistoryEntry entry;
        private final Span when = new Span();

        Line(HistoryEntry e) {
            this.entry = e;
            addClassName("history-line");
            when.addClassName("history-when");
            when.setTitle(e.at().toString());
            refreshTime();
            Div what = new Div();
            what.addClassName("history-what");
            if (e.isFieldChange()) {
                // who changed what on one line, the old and new values on the next, each cut short to fit the
                // column (the whole value in its tooltip)
                Span who = new Span(e.who());
                who.addClassName("history-who");
                String[] shown = shownEnds(e.oldValue(), e.newValue());
                Div change = new Div(value(e.oldValue(), shown[0], "history-old"), new Span("→"),
                        value(e.newValue(), shown[1], "history-new"));
                change.addClassName("history-change");
                what.add(new Div(who, new Span(" changed " + e.field())), change);
            } else {
                what.add(new Span(e.summary()));
            }
            add(when, what);
        }

        private static Span value(String value, String shown, String className) {
            Span span = new Span(value == null ? "(empty)" : shown);
            span.addClassName(className);
            if (value == null) {
                span.addClassName("history-empty");
            } else {
                span.setTitle(value);
            }
            return span;
        }

        /** "… ago" as of now; sent to the browser only when it reads differently. */
        void refreshTime() {
            String text = TimeAgo.of(entry.at());
            if (!text.equals(when.getText())) {
                when.setText(text);
            }
        }
    }
}
