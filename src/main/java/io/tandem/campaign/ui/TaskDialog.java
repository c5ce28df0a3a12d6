package io.tandem.campaign.ui;

import io.tandem.base.ui.Toast;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.campaign.CampaignService;
import io.tandem.campaign.PlanTask;
import io.tandem.people.PersonSummary;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** Edit a task's title, owner and due date. Someone else's change meanwhile is reported, not overwritten. */
class TaskDialog extends Dialog {

    final TextField title = new TextField("Task");
    final ComboBox<PersonSummary> owner = new ComboBox<>("Owner");
    final DatePicker due = new DatePicker("Due");
    final Button save = new Button("Save");

    TaskDialog(CampaignService campaigns, PlanTask task, List<PersonSummary> everyone) {
        setHeaderTitle("Edit task");
        title.setMaxLength(200);
        title.setValue(task.title());
        title.setWidthFull();
        owner.setItems(everyone);
        owner.setItemLabelGenerator(p -> p.fullName() + " (" + p.team().label() + ")");
        owner.setClearButtonVisible(true);
        everyone.stream().filter(p -> p.id().equals(task.ownerId())).findFirst().ifPresent(owner::setValue);
        due.setValue(task.dueDate());
        due.setClearButtonVisible(true);
        due.setLocale(java.util.Locale.UK);
        FormLayout form = new FormLayout(title, owner, due);
        form.setColspan(title, 2);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            try {
                campaigns.updateTask(task.id(), task.version(), title.getValue(),
                        owner.getValue() == null ? null : owner.getValue().id(), due.getValue());
                close();
            } catch (ValidationException ex) {
                title.setErrorMessage(ex.getMessage());
                title.setInvalid(true);
            } catch (StaleEditException | AccessDeniedException ex) {
                Toast.error(ex.getMessage());
                close();
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("32rem");
    }
}
