package io.tandem.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.lead.LeadCard;
import io.tandem.lead.LeadDefinitionView;
import io.tandem.lead.RejectReason;
import java.util.List;

/** Reject a handed-over lead: a reason code, the criterion of the definition in force it misses, a note. */
class RejectDialog extends Dialog {

    final Select<RejectReason> reason = new Select<>();
    final Select<String> criterion = new Select<>();
    final TextArea note = new TextArea("Note");
    final Button reject = new Button("Reject");

    RejectDialog(LeadBoardView board, LeadCard lead) {
        setHeaderTitle("Reject " + lead.name());
        reason.setLabel("Reason");
        reason.setItems(RejectReason.values());
        reason.setItemLabelGenerator(RejectReason::label);
        reason.setRequiredIndicatorVisible(true);
        List<String> criteria = board.definition().map(LeadDefinitionView::criteria).orElse(List.of());
        criterion.setLabel("Criterion not met");
        criterion.setItems(criteria);
        criterion.setEmptySelectionAllowed(true);
        criterion.setEmptySelectionCaption("—");
        criterion.setVisible(!criteria.isEmpty());
        note.setMaxLength(900);
        note.setHelperText("Required for “Other”; marketing sees it at once");
        note.setWidthFull();
        reject.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> {
            String text = note.getValue().trim();
            if (criterion.getValue() != null) {
                text = "Not met: " + criterion.getValue() + (text.isEmpty() ? "" : ". " + text);
            }
            String finalText = text;
            try {
                board.leads.reject(lead.id(), lead.version(), reason.getValue(), finalText);
                close();
                board.reloadColumns();
            } catch (ValidationException ex) {
                reason.setInvalid(ex.fieldErrors().containsKey("reason"));
                reason.setErrorMessage(ex.fieldErrors().get("reason"));
                note.setInvalid(ex.fieldErrors().containsKey("note"));
                note.setErrorMessage(ex.fieldErrors().get("note"));
                if (!ex.fieldErrors().containsKey("reason") && !ex.fieldErrors().containsKey("note")) {
                    LeadBoardView.warn(ex.getMessage());
                }
            } catch (StaleEditException | org.springframework.security.access.AccessDeniedException ex) {
                close();
                LeadBoardView.warn(ex.getMessage());
                board.refresh();
            }
        });
        add(reason, criterion, note);
        getFooter().add(new Button("Cancel", e -> close()), reject);
    }
}
