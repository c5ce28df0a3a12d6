package io.tandem.collateral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import io.tandem.base.ValidationException;

/** Confirms a destructive step that needs a reason (retiring an asset). */
class ReasonDialog extends Dialog {

    final TextField reason = new TextField("Reason");
    final Button confirm = new Button();

    ReasonDialog(String title, String text, String verb, SerializableConsumer<String> action, Runnable onDone) {
        setHeaderTitle(title);
        setWidth("30rem");
        addClassName("reason-dialog");
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        add(new Paragraph(text), reason);
        confirm.setText(verb);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> {
            try {
                action.accept(reason.getValue());
                AssetView.done(verb + "d");
                close();
                onDone.run();
            } catch (ValidationException ex) {
                reason.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
                reason.setInvalid(true);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
