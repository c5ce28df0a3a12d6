package io.tandem.lead.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.tandem.base.ui.EmptyState;
import io.tandem.base.ui.TimeAgo;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.lead.LeadFeedback;
import io.tandem.lead.LeadFeedbackService;
import io.tandem.lead.LeadService;
import io.tandem.lead.RejectReason;
import java.util.Map;

/**
 * The "Lead feedback" tab of a campaign workspace: what sales made of the campaign's leads, live. Counts, the
 * reasons for rejecting as bars, and the latest verdicts with who gave them and why. Reloads on every change on
 * the lead board.
 */
class LeadFeedbackPanel extends Div {

    private final LeadFeedbackService feedback;
    private final LiveUpdates liveUpdates;
    private final Long campaignId;
    final Div numbers = new Div();
    final Div reasons = new Div();
    final Div latest = new Div();
    LeadFeedback shown;

    LeadFeedbackPanel(LeadFeedbackService feedback, LiveUpdates liveUpdates, Long campaignId) {
        this.feedback = feedback;
        this.liveUpdates = liveUpdates;
        this.campaignId = campaignId;
        addClassName("lead-feedback");
        numbers.addClassName("feedback-numbers");
        reasons.addClassName("feedback-reasons");
        latest.addClassName("feedback-latest");
        reload();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        liveUpdates.subscribe(this, LeadService.BOARD_TOPIC, notice -> reload());
    }

    void reload() {
        LeadFeedback f = feedback.forCampaign(campaignId);
        shown = f;
        removeAll();
        Anchor board = new Anchor("leads?campaign=" + campaignId, "Open these leads on the board →");
        board.addClassName("feedback-board-link");
        if (f.leads() == 0) {
            add(new EmptyState(VaadinIcon.FUNNEL, "No leads from this campaign yet",
                    "When marketing adds or imports leads for it and hands them over, sales' verdicts and reasons "
                            + "appear here the moment they are given."), board);
            return;
        }
        numbers.removeAll();
        numbers.add(tile("Leads", f.leads(), null), tile("Handed over", f.handedOver(), null),
                tile("Waiting for a verdict", f.waiting(), f.waiting() > 0 ? "waiting" : null),
                tile("Accepted", f.accepted(), "accepted"), tile("Rejected", f.rejected(), "rejected"),
                tile("Recycled", f.recycled(), "recycled"), tile("Won", f.won(), "won"));
        Span rate = new Span(f.acceptanceRate() == null ? "No verdict yet"
                : f.acceptanceRate() + "% of verdicts were accepts");
        rate.addClassName("feedback-rate");
        rate.getElement().setAttribute("title", "Acceptance rate: leads accepted by sales divided by all verdicts "
                + "(accepted, rejected or recycled) on leads handed over from this campaign");

        reasons.removeAll();
        if (!f.rejectReasons().isEmpty()) {
            long max = f.rejectReasons().values().stream().mapToLong(Long::longValue).max().orElse(1);
            for (Map.Entry<RejectReason, Long> e : f.rejectReasons().entrySet()) {
                Div bar = new Div();
                bar.addClassName("feedback-bar");
                bar.getStyle().set("width", Math.max(4, Math.round(100.0 * e.getValue() / max)) + "%");
                Div row = new Div(new Span(e.getKey().label()), new Div(bar), new Span(String.valueOf(e.getValue())));
                row.addClassName("feedback-reason");
                reasons.add(row);
            }
        }

        latest.removeAll();
        for (LeadFeedback.Verdict v : f.latest()) {
            Span pill = new Span(v.label());
            pill.addClassNames("verdict-pill", "verdict-" + v.label().toLowerCase());
            Span who = new Span(v.leadName() + (v.company() == null ? "" : " · " + v.company()));
            who.addClassName("verdict-lead");
            Span by = new Span("by " + v.by() + " · " + TimeAgo.of(v.at()) + (v.inMeeting() ? " · in triage" : ""));
            by.addClassName("verdict-by");
            Div item = new Div(pill, who, by);
            if (v.detail() != null && !v.detail().isBlank()) {
                Span why = new Span(v.detail());
                why.addClassName("verdict-detail");
                item.add(why);
            }
            item.addClassName("verdict-item");
            latest.add(item);
        }
        add(numbers, rate);
        if (f.hasVerdicts()) {
            if (!f.rejectReasons().isEmpty()) {
                add(new H4("Why sales rejected"), reasons);
            }
            add(new H4("Latest verdicts"), latest);
        } else {
            Span none = new Span("Sales has not given a verdict on these leads yet. Verdicts and their reasons "
                    + "appear here the moment they are given.");
            none.addClassName("hint");
            add(none);
        }
        add(board);
    }

    private static Div tile(String label, long value, String kind) {
        Span number = new Span(String.format(java.util.Locale.ENGLISH, "%,d", value));
        number.addClassName("feedback-number");
        Div tile = new Div(number, new Span(label));
        tile.addClassName("feedback-tile");
        if (kind != null) {
            tile.addClassName("tile-" + kind);
        }
        return tile;
    }
}
