package io.tandem.collateral.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.collateral.AssetDetails;
import io.tandem.collateral.CollateralService;
import io.tandem.collateral.Decision;

/** A reviewer approves or requests changes on the version they looked at; a comment is needed for changes. */
class DecisionDialog extends Dialog {

    final TextArea comment = new TextArea();
    final Button confirm = new Button();

    DecisionDialog(CollateralService collateral, AssetDetails details, Decision decision, Runnable onDone) {
        int version = details.summary().currentVersionNo();
        boolean approve = decision == Decision.APPROVE;
        setHeaderTitle((approve ? "Approve" : "Request changes to") + " version " + version);
        setWidth("30rem");
        addClassName("decision-dialog");
        comment.setLabel(approve ? "Comment (optional)" : "What should change?");
        comment.setRequiredIndicatorVisible(!approve);
        comment.setMaxLength(1000);
        comment.setWidthFull();
        add(comment);
        confirm.setText(approve ? "Approve" : "Request changes");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, approve ? ButtonVariant.LUMO_SUCCESS
                : ButtonVariant.LUMO_ERROR);
        confirm.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        confirm.setTooltipText("Ctrl+Enter");
        confirm.addClickListener(e -> {
            try {
                collateral.decide(details.summary().id(), version, decision, comment.getValue());
                AssetView.done(approve ? "Approved version " + version : "Changes requested");
                close();
                onDone.run();
            } catch (ValidationException ex) {
                comment.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
                comment.setInvalid(true);
            } catch (StaleEditException ex) {
                AssetView.error(ex.getMessage());
                close();
                onDone.run();
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
