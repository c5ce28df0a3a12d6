package io.tandem.people.ui;

import io.tandem.base.ui.Toast;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import io.tandem.base.ValidationException;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonRules;
import io.tandem.people.PersonSummary;

/** Sets a new password for someone; the admin passes it on, the old one stops working at once. */
class ResetPasswordDialog extends Dialog {

    final PasswordField password = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("Repeat it");

    ResetPasswordDialog(PeopleService people, PersonSummary person) {
        setHeaderTitle("Reset the password of " + person.fullName());
        password.setHelperText("At least " + PersonRules.PASSWORD_MIN + " characters, with a letter and a digit");
        password.setWidthFull();
        repeat.setWidthFull();
        add(new VerticalLayout(new Paragraph("Their current password stops working as soon as you save."),
                password, repeat));
        Button save = new Button("Set password", e -> {
            String error = PersonRules.passwordError(password.getValue(), person.username());
            if (error != null) {
                password.setErrorMessage(error);
                password.setInvalid(true);
                return;
            }
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two passwords differ");
                repeat.setInvalid(true);
                return;
            }
            try {
                people.resetPassword(person.id(), password.getValue());
                Toast.success("New password set for " + person.fullName());
                close();
            } catch (ValidationException ex) {
                password.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
                password.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
