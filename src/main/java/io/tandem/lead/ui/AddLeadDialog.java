package io.tandem.lead.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.tandem.base.ValidationException;
import io.tandem.campaign.CampaignRef;
import io.tandem.lead.LeadForm;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/** Marketing adds one lead by hand; field errors come from the service and appear on the fields. */
class AddLeadDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextField company = new TextField("Company");
    final EmailField email = new EmailField("Email");
    final TextField phone = new TextField("Phone");
    final TextField jobTitle = new TextField("Job title");
    final ComboBox<CampaignRef> campaign = new ComboBox<>("Campaign");
    final TextField channel = new TextField("Source channel");
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button("Add lead");

    AddLeadDialog(LeadBoardView board) {
        setHeaderTitle("Add a lead");
        name.setRequired(true);
        email.setRequired(true);
        campaign.setItems(board.campaignRefs());
        campaign.setItemLabelGenerator(CampaignRef::name);
        campaign.setClearButtonVisible(true);
        FormLayout form = new FormLayout(name, company, email, phone, jobTitle, campaign, channel, notes);
        form.setColspan(notes, 2);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(board));
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save(LeadBoardView board) {
        Map<String, HasValidation> fields = Map.of("name", name, "company", company, "email", email, "phone", phone,
                "jobTitle", jobTitle, "sourceChannel", channel, "notes", notes);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            board.leads.create(new LeadForm(name.getValue(), company.getValue(), email.getValue(), phone.getValue(),
                    jobTitle.getValue(), campaign.getValue() == null ? null : campaign.getValue().id(),
                    channel.getValue(), notes.getValue()));
            close();
            board.reloadColumns();
        } catch (ValidationException ex) {
            ex.fieldErrors().forEach((field, message) -> {
                HasValidation f = fields.get(field);
                if (f != null) {
                    f.setErrorMessage(message);
                    f.setInvalid(true);
                }
            });
        } catch (AccessDeniedException ex) {
            close();
            LeadBoardView.warn(ex.getMessage());
        }
    }
}
