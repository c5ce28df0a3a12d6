package io.tandem.collateral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.tandem.base.ValidationException;
import io.tandem.collateral.AssetDetails;
import io.tandem.collateral.CollateralService;
import io.tandem.collateral.ReviewerInfo;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Submit for review: pick reviewers, at least one from each team. They are notified. */
class SubmitDialog extends Dialog {

    final MultiSelectComboBox<PersonSummary> reviewers = new MultiSelectComboBox<>("Reviewers");
    final Button submit = new Button("Submit for review");

    SubmitDialog(CollateralService collateral, PeopleService people, AssetDetails details, Runnable onDone) {
        setHeaderTitle("Submit version " + details.summary().currentVersionNo() + " for review");
        setWidth("32rem");
        addClassName("submit-dialog");
        List<PersonSummary> candidates = people.listActive().stream()
                .filter(p -> !p.id().equals(details.summary().ownerId())).toList();
        reviewers.setItems(candidates);
        reviewers.setItemLabelGenerator(p -> p.fullName() + " (" + p.team().label() + ")");
        reviewers.setWidthFull();
        reviewers.setHelperText("At least one from Sales and one from Marketing");
        Set<Long> earlier = details.reviewers().stream().map(ReviewerInfo::personId).collect(Collectors.toSet());
        reviewers.setValue(candidates.stream().filter(p -> earlier.contains(p.id())).collect(Collectors.toSet()));
        add(new Paragraph("Both teams sign off: the asset is approved when a reviewer from each team approved this "
                + "version and nobody's request for changes is open."), reviewers);

        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                collateral.submit(details.summary().id(),
                        reviewers.getValue().stream().map(PersonSummary::id).toList());
                AssetView.done("Submitted for review");
                close();
                onDone.run();
            } catch (ValidationException ex) {
                reviewers.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
                reviewers.setInvalid(true);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), submit);
    }
}
