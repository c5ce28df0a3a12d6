package io.tandem.people.ui;

import io.tandem.base.ui.Toast;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.SerializableFunction;
import io.tandem.base.StaleEditException;
import io.tandem.base.Team;
import io.tandem.base.ValidationException;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonForm;
import io.tandem.people.PersonRules;
import io.tandem.people.PersonSummary;
import io.tandem.people.Role;
import java.util.Map;

/**
 * Add or edit a person. Field rules are checked while typing; the service checks them again, plus uniqueness,
 * and its messages land on the fields they concern. Nothing is saved until every field is valid.
 */
class PersonDialog extends Dialog {

    private final PeopleService people;
    private final PersonSummary existing;
    private final Runnable onSaved;
    private final Binder<PersonForm> binder = new Binder<>(PersonForm.class);

    final TextField username = new TextField("Username");
    final TextField fullName = new TextField("Full name");
    final EmailField email = new EmailField("Email");
    final RadioButtonGroup<Team> team = new RadioButtonGroup<>("Team");
    final Select<Role> role = new Select<>();
    final PasswordField password = new PasswordField("Password");
    final Button save = new Button();

    PersonDialog(PeopleService people, PersonSummary existing, Runnable onSaved) {
        this.people = people;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? "Add a person" : "Edit " + existing.fullName());
        setWidth("34rem");
        addClassName("person-dialog");

        username.setMaxLength(PersonRules.USERNAME_MAX);
        username.setHelperText("Lowercase letters, digits, dots, dashes; used to sign in");
        fullName.setMaxLength(PersonRules.FULL_NAME_MAX);
        email.setMaxLength(PersonRules.EMAIL_MAX);
        team.setItems(Team.values());
        team.setItemLabelGenerator(Team::label);
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        password.setHelperText("At least " + PersonRules.PASSWORD_MIN + " characters, with a letter and a digit");
        password.setMaxLength(PersonRules.PASSWORD_MAX);

        binder.forField(username).asRequired("Enter a username")
                .withValidator(rule(PersonRules::usernameError)).bind("username");
        binder.forField(fullName).asRequired("Enter the person's name")
                .withValidator(rule(PersonRules::fullNameError)).bind("fullName");
        binder.forField(email).asRequired("Enter an email address")
                .withValidator(rule(PersonRules::emailError)).bind("email");
        binder.forField(team).asRequired("Choose a team").bind("team");
        binder.forField(role).asRequired("Choose a role").bind("role");

        FormLayout form = new FormLayout(username, fullName, email, team, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(email, 2);
        if (existing == null) {
            binder.forField(password).asRequired("Enter a password")
                    .withValidator(rule(p -> PersonRules.passwordError(p, username.getValue()))).bind("password");
            form.add(password);
            form.setColspan(password, 2);
            binder.setBean(new PersonForm());
        } else {
            username.setReadOnly(true);
            binder.setBean(PersonForm.of(existing));
        }
        add(form);

        save.setText(existing == null ? "Add person" : "Save changes");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        if (existing != null) {
            Button reset = new Button("Reset password", e -> new ResetPasswordDialog(people, existing).open());
            Button toggle = existing.active()
                    ? new Button("Deactivate", e -> confirmDeactivate())
                    : new Button("Reactivate", e -> run(() -> people.reactivate(existing.id()), "Reactivated"));
            if (existing.active()) {
                toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            reset.getStyle().set("margin-inline-end", "auto");
            getFooter().addComponentAtIndex(0, reset);
            getFooter().addComponentAtIndex(1, toggle);
        }
    }

    private static Validator<String> rule(SerializableFunction<String, String> check) {
        return (value, ctx) -> {
            String error = check.apply(value);
            return error == null ? ValidationResult.ok() : ValidationResult.error(error);
        };
    }

    void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        PersonForm form = binder.getBean();
        try {
            PersonSummary saved = existing == null
                    ? people.create(form)
                    : people.update(existing.id(), existing.version(), form);
            Toast.success((existing == null ? "Added " : "Saved ") + saved.fullName());
            close();
            onSaved.run();
        } catch (ValidationException ex) {
            showErrors(ex.fieldErrors());
        } catch (StaleEditException ex) {
            error(ex.getMessage());
        }
    }

    private void confirmDeactivate() {
        ConfirmDialog confirm = new ConfirmDialog("Deactivate " + existing.fullName() + "?",
                "They can no longer sign in. Their work and history stay. You can reactivate them later.",
                "Deactivate", e -> run(() -> people.deactivate(existing.id()), "Deactivated"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void run(Runnable action, String verb) {
        try {
            action.run();
            Toast.success(verb + " " + existing.fullName());
            close();
            onSaved.run();
        } catch (ValidationException ex) {
            error(String.join(" ", ex.fieldErrors().values()));
        }
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, message) -> {
            HasValidation component = switch (field) {
                case "username" -> username;
                case "fullName" -> fullName;
                case "email" -> email;
                case "team" -> team;
                case "role" -> role;
                case "password" -> password;
                default -> null;
            };
            if (component != null) {
                component.setErrorMessage(message);
                component.setInvalid(true);
            } else {
                error(message);
            }
        });
    }

    private static void error(String message) {
        Toast.error(message);
    }
}
