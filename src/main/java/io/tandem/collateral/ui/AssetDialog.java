package io.tandem.collateral.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.campaign.CampaignRef;
import io.tandem.campaign.CampaignService;
import io.tandem.collateral.AssetDetails;
import io.tandem.collateral.AssetForm;
import io.tandem.collateral.AssetSummary;
import io.tandem.collateral.AssetType;
import io.tandem.collateral.BuyerStage;
import io.tandem.collateral.CollateralService;
import java.util.List;

/** Start an asset, or edit its details. The service's messages land on the fields they concern. */
class AssetDialog extends Dialog {

    private final CollateralService collateral;
    private final AssetDetails existing;
    private final SerializableConsumer<AssetSummary> onSaved;

    final TextField title = new TextField("Title");
    final Select<AssetType> type = new Select<>();
    final Select<BuyerStage> stage = new Select<>();
    final ComboBox<CampaignRef> campaign = new ComboBox<>("Campaign (optional)");
    final DatePicker due = new DatePicker("Review due (optional)");
    final TextArea description = new TextArea("Description (optional)");
    final Button save = new Button();

    AssetDialog(CollateralService collateral, CampaignService campaigns, AssetDetails existing,
            SerializableConsumer<AssetSummary> onSaved) {
        this.collateral = collateral;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? "New asset" : "Edit details");
        setWidth("36rem");
        addClassName("asset-dialog");

        title.setMaxLength(AssetForm.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        type.setLabel("Type");
        type.setItems(AssetType.values());
        type.setItemLabelGenerator(AssetType::label);
        type.setRequiredIndicatorVisible(true);
        stage.setLabel("Buyer stage");
        stage.setItems(BuyerStage.values());
        stage.setItemLabelGenerator(BuyerStage::label);
        stage.setRequiredIndicatorVisible(true);
        List<CampaignRef> refs = campaigns.refs();
        campaign.setItems(refs);
        campaign.setItemLabelGenerator(CampaignRef::name);
        campaign.setClearButtonVisible(true);
        description.setMaxLength(AssetForm.DESCRIPTION_MAX);
        if (existing != null) {
            AssetSummary s = existing.summary();
            title.setValue(s.title());
            type.setValue(s.type());
            stage.setValue(s.stage());
            refs.stream().filter(r -> r.id().equals(s.campaignId())).findFirst().ifPresent(campaign::setValue);
            due.setValue(s.dueDate());
            description.setValue(existing.description() == null ? "" : existing.description());
        }
        FormLayout form = new FormLayout(title, type, stage, campaign, due, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form);

        save.setText(existing == null ? "Create draft" : "Save details");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void save() {
        AssetForm form = new AssetForm(title.getValue(), type.getValue(),
                campaign.getValue() == null ? null : campaign.getValue().id(), stage.getValue(),
                description.getValue(), due.getValue());
        try {
            AssetSummary saved = existing == null ? collateral.create(form)
                    : collateral.update(existing.summary().id(), existing.version(), form);
            Notification.show((existing == null ? "Created " : "Saved ") + saved.title(), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.accept(saved);
        } catch (ValidationException ex) {
            ex.fieldErrors().forEach((field, message) -> {
                HasValidation c = switch (field) {
                    case "title" -> title;
                    case "type" -> type;
                    case "stage" -> stage;
                    case "campaign" -> campaign;
                    case "description" -> description;
                    default -> null;
                };
                if (c != null) {
                    c.setErrorMessage(message);
                    c.setInvalid(true);
                } else {
                    AssetView.error(message);
                }
            });
        } catch (StaleEditException ex) {
            AssetView.error(ex.getMessage());
        }
    }
}
