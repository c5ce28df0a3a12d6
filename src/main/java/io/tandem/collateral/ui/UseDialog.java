package io.tandem.collateral.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import io.tandem.base.ValidationException;
import io.tandem.collateral.AssetDetails;
import io.tandem.collateral.CollateralService;

/** "I used this": one click to confirm, everything else optional. */
class UseDialog extends Dialog {

    static final String HELPFUL = "Helpful";
    static final String NOT_HELPFUL = "Not helpful";

    final TextField reference = new TextField("Customer or lead (optional)");
    final RadioButtonGroup<String> vote = new RadioButtonGroup<>("Did it help? (optional)");
    final TextField reason = new TextField("Why (optional)");
    final Button save = new Button("I used it");

    UseDialog(CollateralService collateral, AssetDetails details, Runnable onDone) {
        setHeaderTitle("I used \"" + details.summary().title() + "\"");
        setWidth("30rem");
        addClassName("use-dialog");
        reference.setMaxLength(200);
        reference.setWidthFull();
        vote.setItems(HELPFUL, NOT_HELPFUL);
        reason.setMaxLength(500);
        reason.setWidthFull();
        add(reference, vote, reason);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            Boolean helpful = vote.getValue() == null ? null : HELPFUL.equals(vote.getValue());
            try {
                collateral.recordUse(details.summary().id(), reference.getValue(), helpful, reason.getValue());
                AssetView.done("Thanks: marketing sees it now");
                close();
                onDone.run();
            } catch (ValidationException ex) {
                AssetView.error(String.join(" ", ex.fieldErrors().values()));
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
