package io.tandem.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.base.ui.TimeAgo;
import io.tandem.lead.LeadDefinitionService;
import io.tandem.lead.LeadDefinitionView;
import io.tandem.people.Role;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** The lead definition: the version in force, proposals waiting for signatures, history, and a new proposal. */
class DefinitionDialog extends Dialog {

    private final LeadBoardView board;
    final TextArea criteria = new TextArea("Criteria, one per line");
    final IntegerField slaHours = new IntegerField("SLA: business hours to first contact");
    final Button propose = new Button("Propose");
    private final Div versions = new Div();

    DefinitionDialog(LeadBoardView board) {
        this.board = board;
        setHeaderTitle("Lead definition");
        setWidth("min(44rem, 95vw)");
        addClassName("lead-definition-dialog");
        criteria.setWidthFull();
        criteria.setPlaceholder("Budget known\nDecision maker reached\nNeed confirmed\nTiming within 6 months");
        slaHours.setMin(1);
        slaHours.setMax(720);
        slaHours.setStepButtonsVisible(true);
        slaHours.setValue(board.definition().map(LeadDefinitionView::slaHours)
                .orElse(LeadDefinitionService.DEFAULT_SLA_HOURS));
        board.definition().ifPresent(d -> criteria.setValue(String.join("\n", d.criteria())));
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(e -> propose());
        render();
        add(versions, new H4("Propose a new version"),
                new Paragraph("It takes effect when a Sales team lead and a Marketing team lead have both signed it."),
                criteria, slaHours);
        getFooter().add(new Button("Close", e -> close()), propose);
    }

    private void render() {
        versions.removeAll();
        List<LeadDefinitionView> all = board.definitions.history();
        if (all.isEmpty()) {
            versions.add(new Paragraph("No version yet. Propose the first one below."));
        }
        for (LeadDefinitionView d : all) {
            Div row = new Div();
            row.addClassNames("lead-definition-version", "status-" + d.status().name().toLowerCase());
            Span title = new Span("v" + d.versionNo() + " · " + switch (d.status()) {
                case IN_FORCE -> "in force";
                case PROPOSED -> "waiting for signatures";
                case SUPERSEDED -> "superseded";
            } + " · SLA " + d.slaHours() + " business hours · proposed by " + d.proposedBy() + " "
                    + TimeAgo.of(d.proposedAt()));
            title.addClassName("lead-definition-title");
            UnorderedList list = new UnorderedList();
            d.criteria().forEach(c -> list.add(new ListItem(c)));
            row.add(title, list, new Span(d.signersText()));
            boolean mySignatureMissing = d.status() == LeadDefinitionView.Status.PROPOSED
                    && board.me.role() == Role.TEAM_LEAD
                    && (board.me.team() == io.tandem.base.Team.SALES ? d.salesSignedAt() == null
                            : d.marketingSignedAt() == null);
            if (mySignatureMissing) {
                Button sign = new Button("Sign for " + board.me.team().label(), e -> confirmSign(d));
                sign.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                row.add(sign);
            }
            versions.add(row);
        }
    }

    private void confirmSign(LeadDefinitionView d) {
        ConfirmDialog confirm = new ConfirmDialog("Sign lead definition v" + d.versionNo() + "?",
                "You sign for " + board.me.team().label() + ". Once both teams signed, it replaces the version in force "
                        + "and new hand-overs get an SLA of " + d.slaHours() + " business hours.",
                "Sign", e -> {
                    try {
                        board.definitions.sign(d.id(), d.version());
                    } catch (StaleEditException | ValidationException | AccessDeniedException ex) {
                        LeadBoardView.warn(ex.getMessage());
                    }
                    render();
                    board.refresh();
                });
        confirm.setCancelable(true);
        confirm.open();
    }

    private void propose() {
        criteria.setInvalid(false);
        slaHours.setInvalid(false);
        try {
            board.definitions.propose(Arrays.asList(criteria.getValue().split("\\R")),
                    slaHours.getValue() == null ? 0 : slaHours.getValue());
            render();
        } catch (ValidationException ex) {
            if (ex.fieldErrors().containsKey("criteria")) {
                criteria.setErrorMessage(ex.fieldErrors().get("criteria"));
                criteria.setInvalid(true);
            }
            if (ex.fieldErrors().containsKey("slaHours")) {
                slaHours.setErrorMessage(ex.fieldErrors().get("slaHours"));
                slaHours.setInvalid(true);
            }
        }
    }
}
