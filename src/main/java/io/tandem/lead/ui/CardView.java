package io.tandem.lead.ui;

import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.tandem.base.ui.TimeAgo;
import io.tandem.lead.ContactKind;
import io.tandem.lead.LeadCard;
import io.tandem.lead.LeadStage;
import io.tandem.lead.SlaState;
import io.tandem.people.PersonSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One lead on the board: name, company, campaign, age, owner avatar and SLA clock. Draggable; its menu (the
 * ⋮ button or a right click) and keyboard shortcuts on the focused card offer the moves the signed-in person
 * may make.
 */
class CardView extends Div {

    /** The ⋮ of the card's menu button, drawn in the text's colour. */
    private static final String DOTS = "<svg viewBox=\"0 0 16 16\" aria-hidden=\"true\" focusable=\"false\">"
            + "<circle cx=\"8\" cy=\"3\" r=\"1.6\"/><circle cx=\"8\" cy=\"8\" r=\"1.6\"/>"
            + "<circle cx=\"8\" cy=\"13\" r=\"1.6\"/></svg>";

    final LeadCard lead;
    private final String campaignName;
    private final PersonSummary owner;
    private Instant now;
    /** The others acting on this card right now: {lead id, colour index, name} each. */
    private List<String[]> actors = List.of();

    CardView(LeadBoardView board, LeadCard lead) {
        this.lead = lead;
        addClassName("lead-card");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "listitem");
        campaignName = board.campaignName(lead.campaignId());
        owner = board.person(lead.ownerId());
        getElement().setAttribute("aria-label", lead.name() + (lead.company() == null ? "" : ", " + lead.company())
                + (owner == null ? "" : ", owned by " + owner.fullName())
                + ". Enter opens, A accepts, R rejects, H hands over, N recycles, C logs contact, F focuses in a meeting");
        getElement().setAttribute("data-lead-id", String.valueOf(lead.id()));
        now = board.now();
        render();

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
        switch (key.toLowerCase(Locale.ROOT)) {
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
        if (lead.sla() != SlaState.NONE && !slaText(lead, now).equals(slaText(lead, board.now()))) {
            now = board.now();
            render();
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
    void showActors(List<String[]> others) {
        boolean changed = others.size() != actors.size()
                || !java.util.stream.IntStream.range(0, others.size()).allMatch(i -> Arrays.equals(others.get(i),
                        actors.get(i)));
        if (changed) {
            actors = List.copyOf(others);
            render();
        }
        setClassName("being-acted-on", !others.isEmpty());
    }

    /** The names of the others acting on this card, as its avatars show them. */
    List<String> actorNames() {
        return actors.stream().map(a -> a[2]).toList();
    }

    /**
     * The card's content as one piece of HTML in one property, rather than a dozen server-side components: a board
     * shows up to 140 cards, and each component costs server memory for as long as the board is open
     * (SessionMemoryBench). Every text that comes from data goes through {@link #text}, so a lead named
     * {@code <script>} shows as those characters and never becomes markup (LeadBoardViewTest, RenderedAsTextTest).
     * Plain elements only, no web components: every board redraws the cards a change touches, and Vaadin's button,
     * icon, avatar and tooltip in each card were half of what a browser spent on a change (decision 0037).
     */
    private void render() {
        StringBuilder h = new StringBuilder(640);
        h.append("<div class=\"lead-card-top\"><span class=\"lead-card-name\">").append(text(lead.name()))
                .append("</span><div class=\"lead-card-actors\">");
        for (String[] a : actors) {
            avatar(h, a[2], initials(a[2]), Integer.parseInt(a[1]), "lead-card-actor");
        }
        // opens the column's menu (ColumnView), like a right click on the card
        h.append("</div><button type=\"button\" class=\"lead-card-menu\" aria-label=\"Actions for ")
                .append(text(lead.name())).append("\">").append(DOTS).append("</button></div>");
        if (lead.company() != null) {
            span(h, "lead-card-company", lead.company(), null);
        }
        if (campaignName != null) {
            span(h, "lead-card-campaign", campaignName, null);
        }
        h.append("<div class=\"lead-card-bottom\">");
        span(h, "lead-card-age", TimeAgo.of(lead.stageChangedAt()), "In this stage since " + lead.stageChangedAt());
        if (lead.recycleCount() > 0) {
            span(h, "lead-card-recycled", "↻" + lead.recycleCount(), "Recycled " + lead.recycleCount() + "×");
        }
        if (lead.sla() != SlaState.NONE) {
            span(h, "sla-clock sla-" + lead.sla().name().toLowerCase(Locale.ROOT), slaText(lead, now),
                    "First contact due " + lead.slaDueAt() + " (business hours)");
        }
        if (owner != null) {
            avatar(h, owner.fullName(), owner.initials(), owner.team().colorIndex(), null);
        }
        h.append("</div>");
        if (lead.verdictMeetingId() != null) {
            span(h, "lead-card-meeting", "Decided in triage", null);
        }
        if (lead.verdictNote() != null && (lead.stage() == LeadStage.LOST || lead.stage() == LeadStage.NURTURE)) {
            span(h, "lead-card-verdict", (lead.rejectReason() != null ? lead.rejectReason().label() + " · " : "")
                    + lead.verdictNote(), null);
        } else if (lead.rejectReason() != null) {
            span(h, "lead-card-verdict", lead.rejectReason().label(), null);
        }
        getElement().setProperty("innerHTML", h.toString());
    }

    private static void span(StringBuilder h, String className, String content, String title) {
        h.append("<span class=\"").append(className).append('"');
        if (title != null) {
            h.append(" title=\"").append(text(title)).append('"');
        }
        h.append('>').append(text(content)).append("</span>");
    }

    /** A person's initials in their colour, named for a hover and for a screen reader. */
    private static void avatar(StringBuilder h, String name, String abbreviation, int colorIndex, String className) {
        h.append("<span class=\"card-avatar");
        if (className != null) {
            h.append(' ').append(className);
        }
        h.append("\" role=\"img\" title=\"").append(text(name)).append("\" aria-label=\"").append(text(name))
                .append("\" style=\"--card-avatar-color: var(--vaadin-user-color-").append(colorIndex).append(")\">")
                .append(text(abbreviation)).append("</span>");
    }

    private static String initials(String name) {
        return Arrays.stream(name.strip().split("\\s+")).filter(w -> !w.isEmpty()).limit(2)
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT)).collect(java.util.stream.Collectors.joining());
    }

    /** Text for HTML content or a quoted attribute: {@code & < > " '} escaped, nothing else interpreted. */
    static String text(String s) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(s, "UTF-8");
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
        clock.addClassNames("sla-clock", "sla-" + lead.sla().name().toLowerCase(Locale.ROOT));
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
