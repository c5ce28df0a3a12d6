package io.tandem.collateral.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.tandem.base.ValidationException;
import io.tandem.collateral.ContentRequestService;

/** Ask marketing for content that does not exist yet. */
class RequestDialog extends Dialog {

    final TextField title = new TextField("What do you need?");
    final TextArea details = new TextArea("Details (optional)");
    final Button send = new Button("Ask marketing");

    RequestDialog(ContentRequestService requests, Runnable onSent) {
        setHeaderTitle("Ask for content");
        setWidth("32rem");
        addClassName("request-dialog");
        title.setPlaceholder("A case study for healthcare");
        title.setMaxLength(200);
        title.setWidthFull();
        details.setPlaceholder("Who it is for, which objection it should answer, by when");
        details.setMaxLength(2000);
        details.setWidthFull();
        add(title, details);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(e -> {
            try {
                requests.ask(title.getValue(), details.getValue());
                AssetView.done("Marketing has your request");
                close();
                onSent.run();
            } catch (ValidationException ex) {
                ex.fieldErrors().forEach((field, message) -> {
                    var c = "details".equals(field) ? details : title;
                    if (c == details) {
                        details.setErrorMessage(message);
                        details.setInvalid(true);
                    } else {
                        title.setErrorMessage(message);
                        title.setInvalid(true);
                    }
                });
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), send);
    }
}
