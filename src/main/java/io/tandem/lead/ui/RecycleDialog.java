package io.tandem.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.lead.LeadCard;
import java.time.LocalDate;

/** Send a lead back to marketing nurture, with why and when to look again. */
class RecycleDialog extends Dialog {

    final TextArea reason = new TextArea("Why is it not ready?");
    final DatePicker revisitOn = new DatePicker("Revisit on");
    final Button recycle = new Button("Recycle to nurture");

    RecycleDialog(LeadBoardView board, LeadCard lead) {
        setHeaderTitle("Recycle " + lead.name());
        reason.setMaxLength(1000);
        reason.setRequired(true);
        reason.setWidthFull();
        revisitOn.setRequired(true);
        revisitOn.setMin(LocalDate.now().plusDays(1));
        revisitOn.setValue(LocalDate.now().plusMonths(3));
        recycle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recycle.addClickListener(e -> {
            try {
                board.leads.recycle(lead.id(), lead.version(), reason.getValue(), revisitOn.getValue());
                close();
                board.reloadColumns();
            } catch (ValidationException ex) {
                reason.setInvalid(ex.fieldErrors().containsKey("reason"));
                reason.setErrorMessage(ex.fieldErrors().get("reason"));
                revisitOn.setInvalid(ex.fieldErrors().containsKey("revisitOn"));
                revisitOn.setErrorMessage(ex.fieldErrors().get("revisitOn"));
                if (!ex.fieldErrors().containsKey("reason") && !ex.fieldErrors().containsKey("revisitOn")) {
                    LeadBoardView.warn(ex.getMessage());
                }
            } catch (StaleEditException | org.springframework.security.access.AccessDeniedException ex) {
                close();
                LeadBoardView.warn(ex.getMessage());
                board.refresh();
            }
        });
        add(reason, revisitOn);
        getFooter().add(new Button("Cancel", e -> close()), recycle);
    }
}
