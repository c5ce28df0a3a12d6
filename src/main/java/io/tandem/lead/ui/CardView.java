package io.tandem.lead.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.tandem.base.ui.TimeAgo;
import io.tandem.lead.ContactKind;
import io.tandem.lead.LeadCard;
import io.tandem.lead.LeadStage;
import io.tandem.lead.SlaState;
import io.tandem.people.PersonSummary;
import java.time.Duration;
import java.time.Instant;

/**
 * One lead on the board: name, company, campaign, age, owner avatar and SLA clock. Draggable; its menu (the
 * ⋮ button or a right click) and keyboard shortcuts on the focused card offer the moves the signed-in person
 * may make.
 */
class CardView extends Div {

    final LeadCard lead;
    final Div actors = new Div();
    private final String campaignName;
    private final PersonSummary owner;
    private final Span sla;

    CardView(LeadBoardView board, LeadCard lead) {
        this.lead = lead;
        addClassName("lead-card");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "listitem");
        getElement().setAttribute("aria-label", lead.name() + (lead.company() == null ? "" : ", " + lead.company())
                + ". Enter opens, A accepts, R rejects, H hands over, N recycles, C logs contact, F focuses in a meeting");
        getElement().setAttribute("data-lead-id", String.valueOf(lead.id()));

        Span name = new Span(lead.name());
        name.addClassName("lead-card-name");
        actors.addClassName("lead-card-actors");
        Button more = new Button(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        more.setAriaLabel("Actions for " + lead.name());
        more.addClassName("lead-card-menu");
        Div top = new Div(name, actors, more);
        top.addClassName("lead-card-top");
        add(top);

        if (lead.company() != null) {
            Span company = new Span(lead.company());
            company.addClassName("lead-card-company");
            add(company);
        }
        campaignName = board.campaignName(lead.campaignId());
        if (campaignName != null) {
            Span c = new Span(campaignName);
            c.addClassName("lead-card-campaign");
            add(c);
        }

        Div bottom = new Div();
        bottom.addClassName("lead-card-bottom");
        Span age = new Span(TimeAgo.of(lead.stageChangedAt()));
        age.addClassName("lead-card-age");
        age.setTitle("In this stage since " + lead.stageChangedAt());
        bottom.add(age);
        if (lead.recycleCount() > 0) {
            Span recycled = new Span("↻" + lead.recycleCount());
            recycled.addClassName("lead-card-recycled");
            recycled.setTitle("Recycled " + lead.recycleCount() + "×");
            bottom.add(recycled);
        }
        sla = slaClock(lead, board.now());
        if (sla != null) {
            bottom.add(sla);
        }
        owner = board.person(lead.ownerId());
        if (owner != null) {
            Avatar avatar = new Avatar(owner.fullName());
            avatar.setAbbreviation(owner.initials());
            avatar.setColorIndex(owner.team().colorIndex());
            avatar.addThemeName("xsmall");
            avatar.setTooltipEnabled(true);
            bottom.add(avatar);
        }
        add(bottom);
        if (lead.verdictMeetingId() != null) {
            Span meeting = new Span("Decided in triage");
            meeting.addClassName("lead-card-meeting");
            add(meeting);
        }
        if (lead.verdictNote() != null && (lead.stage() == LeadStage.LOST || lead.stage() == LeadStage.NURTURE)) {
            Span note = new Span((lead.rejectReason() != null ? lead.rejectReason().label() + " · " : "")
                    + lead.verdictNote());
            note.addClassName("lead-card-verdict");
            add(note);
        } else if (lead.rejectReason() != null) {
            Span note = new Span(lead.rejectReason().label());
            note.addClassName("lead-card-verdict");
            add(note);
        }

        // no menu of its own: the column's one menu fills itself for the card it opens on (ColumnView)
        DragSource<CardView> drag = DragSource.create(this);
        drag.setDragData(lead);

        // one keydown listener per card, filtered in the browser, rather than seven shortcut registrations: a board
        // holds many cards and every registration costs server memory per session (SessionMemoryBench)
        getElement().addEventListener("keydown", e -> onKey(e.getEventData().get("event.key").asString(), board))
                .addEventData("event.key")
                .setFilter("event.target === element && !event.ctrlKey && !event.metaKey && !event.altKey"
                        + " && ['Enter','a','A','r','R','h','H','n','N','c','C','f','F'].includes(event.key)");
    }

    void onKey(String key, LeadBoardView board) {
        switch (key.toLowerCase(java.util.Locale.ROOT)) {
            case "enter" -> board.openDetails(lead);
            case "a" -> board.act(lead, LeadStage.ACCEPTED);
            case "r" -> board.act(lead, LeadStage.LOST);
            case "h" -> board.act(lead, LeadStage.MQL);
            case "n" -> board.act(lead, LeadStage.NURTURE);
            case "c" -> board.openContact(lead);
            case "f" -> board.focus(lead);
            default -> { }
        }
    }

    /**
     * Whether this view still shows {@code card} as the board would draw it now, so a reload can keep it instead of
     * building it again; its SLA clock is brought up to {@code now}.
     */
    boolean stillShows(LeadCard card, LeadBoardView board) {
        if (!lead.equals(card) || !java.util.Objects.equals(campaignName, board.campaignName(card.campaignId()))
                || !java.util.Objects.equals(owner, board.person(card.ownerId()))) {
            return false;
        }
        if (sla != null) {
            sla.setText(slaText(lead, board.now()));
        }
        return true;
    }

    /** The actions the signed-in person may take on this lead, as menu items. */
    void fill(ContextMenu m, LeadBoardView board) {
        m.addItem("Open details", e -> board.openDetails(lead));
        if (board.facilitating()) {
            m.addItem("Focus in meeting", e -> board.focus(lead));
        }
        for (LeadStage target : LeadStage.values()) {
            if (board.allowed(lead, target)) {
                m.addItem(actionLabel(lead.stage(), target), e -> board.act(lead, target));
            }
        }
        if (board.canLogContact(lead)) {
            SubMenu kinds = m.addItem("Log first contact").getSubMenu();
            for (ContactKind kind : ContactKind.values()) {
                kinds.addItem(kind.label(), e -> board.logContact(lead, kind));
            }
        }
    }

    /** Avatars of the others acting on this card right now ({lead id, colour index, name} each). */
    void showActors(java.util.List<String[]> others) {
        actors.removeAll();
        for (String[] a : others) {
            Avatar avatar = new Avatar(a[2]);
            avatar.setColorIndex(Integer.parseInt(a[1]));
            avatar.addThemeName("xsmall");
            avatar.setTooltipEnabled(true);
            avatar.addClassName("lead-card-actor");
            actors.add(avatar);
        }
        setClassName("being-acted-on", !others.isEmpty());
    }

    static String actionLabel(LeadStage from, LeadStage to) {
        return switch (to) {
            case MQL -> from == LeadStage.NEW ? "Hand over to sales" : "Hand over again";
            case ACCEPTED -> "Accept (become owner)";
            case LOST -> from == LeadStage.MQL ? "Reject…" : "Mark lost";
            case NURTURE -> "Recycle to nurture…";
            case WORKING -> "Start working";
            case WON -> "Mark won";
            case NEW -> "Back to new";
        };
    }

    static Span slaClock(LeadCard lead, Instant now) {
        if (lead.sla() == SlaState.NONE) {
            return null;
        }
        Span clock = new Span();
        clock.addClassNames("sla-clock", "sla-" + lead.sla().name().toLowerCase(java.util.Locale.ROOT));
        clock.setText(slaText(lead, now));
        clock.setTitle("First contact due " + lead.slaDueAt() + " (business hours)");
        return clock;
    }

    private static String slaText(LeadCard lead, Instant now) {
        return switch (lead.sla()) {
            case MET -> "✓ contacted";
            case RED -> "Overdue " + human(Duration.between(lead.slaDueAt(), now));
            default -> human(Duration.between(now, lead.slaDueAt())) + " left";
        };
    }

    static String human(Duration d) {
        long h = d.toHours();
        if (h >= 48) {
            return d.toDays() + " d";
        }
        if (h >= 1) {
            return h + " h";
        }
        return Math.max(1, d.toMinutes()) + " min";
    }
}
