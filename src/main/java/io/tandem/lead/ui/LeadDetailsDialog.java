package io.tandem.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.tandem.base.ui.TimeAgo;
import io.tandem.lead.LeadCard;
import io.tandem.lead.LeadDefinitionView;
import io.tandem.lead.LeadHistoryEntry;
import io.tandem.people.PersonSummary;
import java.util.List;

/** A lead in full: contact details, the definition's criteria it meets, its SLA and its whole history. */
class LeadDetailsDialog extends Dialog {

    LeadDetailsDialog(LeadBoardView board, LeadCard lead) {
        setHeaderTitle(lead.name());
        addClassName("lead-details");
        setWidth("min(40rem, 95vw)");
        add(LeadDetails.of(board, lead));
        getFooter().add(new Button("Close", e -> close()));
    }

    /** The details block, also shown large in meeting mode. */
    static final class LeadDetails {
        private LeadDetails() {
        }

        static Div of(LeadBoardView board, LeadCard lead) {
            Div facts = new Div();
            facts.addClassName("lead-facts");
            fact(facts, "Stage", lead.stage().label());
            fact(facts, "Company", lead.company());
            fact(facts, "Job title", lead.jobTitle());
            fact(facts, "Email", lead.email());
            fact(facts, "Phone", lead.phone());
            fact(facts, "Campaign", board.campaignName(lead.campaignId()));
            fact(facts, "Channel", lead.sourceChannel());
            PersonSummary owner = board.person(lead.ownerId());
            fact(facts, "Owner", owner == null ? null : owner.fullName());
            fact(facts, "Handed over", lead.handedOverAt() == null ? null : TimeAgo.of(lead.handedOverAt()));
            fact(facts, "First contact", lead.firstContactAt() == null ? null
                    : lead.firstContactKind().label() + ", " + TimeAgo.of(lead.firstContactAt()));
            fact(facts, "Recycled", lead.recycleCount() == 0 ? null : lead.recycleCount() + "×");
            fact(facts, "Verdict", lead.rejectReason() == null && lead.verdictNote() == null ? null
                    : (lead.rejectReason() == null ? "" : lead.rejectReason().label() + " · ")
                            + (lead.verdictNote() == null ? "" : lead.verdictNote()));
            fact(facts, "Revisit on", lead.revisitOn() == null ? null : lead.revisitOn().toString());
            fact(facts, "Notes", lead.notes());
            Span sla = CardView.slaClock(lead, board.now());
            if (sla != null) {
                facts.add(label("SLA"), sla);
            }

            Div root = new Div(facts);
            List<String> criteria = board.definition().map(LeadDefinitionView::criteria).orElse(List.of());
            if (!criteria.isEmpty()) {
                UnorderedList list = new UnorderedList();
                list.addClassName("lead-criteria");
                for (String c : criteria) {
                    boolean met = lead.criteriaMet().contains(c);
                    ListItem item = new ListItem((met ? "✓ " : "○ ") + c);
                    item.addClassName(met ? "met" : "not-met");
                    list.add(item);
                }
                root.add(new H4("Criteria of the definition in force"), list);
            }
            List<LeadHistoryEntry> history = board.leads.history(lead.id());
            UnorderedList h = new UnorderedList();
            h.addClassName("lead-history");
            for (LeadHistoryEntry e : history) {
                h.add(new ListItem((e.from() == null ? "" : e.from().label() + " → ") + e.to().label() + " · "
                        + e.actorName() + " · " + TimeAgo.of(e.at()) + (e.detail() == null ? "" : " · " + e.detail())
                        + (e.inMeeting() ? " · in triage meeting" : "")));
            }
            root.add(new H4("History"), h);
            return root;
        }

        private static void fact(Div facts, String label, String value) {
            if (value != null && !value.isBlank()) {
                Span v = new Span(value);
                facts.add(label(label), v);
            }
        }

        private static Span label(String text) {
            Span l = new Span(text);
            l.addClassName("lead-fact-label");
            return l;
        }
    }
}
