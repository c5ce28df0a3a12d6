package io.tandem.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.tandem.lead.ContactKind;
import io.tandem.lead.LeadCard;

/** Log the first contact in one click (from the keyboard: C on a card). */
class ContactDialog extends Dialog {

    ContactDialog(LeadBoardView board, LeadCard lead) {
        setHeaderTitle("First contact with " + lead.name());
        add(new Paragraph("Logging it stops the SLA clock."));
        for (ContactKind kind : ContactKind.values()) {
            Button b = new Button(kind.label(), e -> {
                close();
                board.logContact(lead, kind);
            });
            getFooter().add(b);
        }
        getFooter().add(new Button("Cancel", e -> close()));
    }
}
