package io.tandem.campaign.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.tandem.base.ValidationException;
import io.tandem.campaign.BriefField;
import io.tandem.campaign.CampaignRef;
import io.tandem.campaign.CampaignService;

/** A campaign starts with just a name; the creator lands in its workspace. */
class NewCampaignDialog extends Dialog {

    final TextField name = new TextField("Name");
    final Button create = new Button("Start planning");

    NewCampaignDialog(CampaignService campaigns) {
        setHeaderTitle("New campaign");
        name.setMaxLength(BriefField.NAME.maxLength());
        name.setWidthFull();
        name.setPlaceholder("e.g. Spring launch for mid-market");
        name.setRequiredIndicatorVisible(true);
        name.focus();
        add(new Paragraph("Just a name. You fill in the rest with sales, together, in the workspace."), name);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> {
            try {
                CampaignRef ref = campaigns.create(name.getValue());
                close();
                CampaignWorkspaceView.open(ref.id());
            } catch (ValidationException ex) {
                name.setErrorMessage(ex.getMessage());
                name.setInvalid(true);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), create);
        setWidth("28rem");
    }
}
