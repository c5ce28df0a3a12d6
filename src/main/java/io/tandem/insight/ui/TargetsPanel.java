package io.tandem.insight.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.base.ui.TeamBadge;
import io.tandem.base.ui.Toast;
import io.tandem.insight.Metric;
import io.tandem.insight.TargetInfo;
import io.tandem.insight.TargetProgress;
import io.tandem.insight.TargetService;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/** Shared targets on the dashboard: progress of the agreed ones, proposals to agree, propose and withdraw. */
class TargetsPanel extends Div {

    final Div list = new Div();
    final Button propose = new Button("Propose a target", VaadinIcon.PLUS.create());
    private final TargetService targets;
    private final Runnable changed;

    TargetsPanel(TargetService targets, Runnable changed) {
        this.targets = targets;
        this.changed = changed;
        addClassName("targets-panel");
        H3 title = new H3("Shared targets");
        Span info = new Span("A team lead proposes a target; it binds both teams once a team lead of the other team agrees. Progress is over the chosen period.");
        info.addClassName("targets-info");
        propose.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        propose.setVisible(targets.canPropose());
        propose.addClickListener(e -> openProposal());
        Div head = new Div(title, propose);
        head.addClassName("targets-head");
        list.addClassName("targets-list");
        add(head, info, list);
    }

    void show(List<TargetInfo> all, List<TargetProgress> progress) {
        list.removeAll();
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(propose.isVisible()
                    ? "No shared targets yet. Propose one, e.g. follow-up rate ≥ 80%; the other team's lead agrees it."
                    : "No shared targets yet. Your team lead can propose one for both teams to agree.");
            none.addClassName("targets-empty");
            list.add(none);
            return;
        }
        for (TargetInfo t : all) {
            list.add(row(t, progress.stream().filter(p -> p.target().id().equals(t.id())).findFirst()));
        }
    }

    private Div row(TargetInfo t, Optional<TargetProgress> progress) {
        Div row = new Div();
        row.addClassName("target-row");
        row.getElement().setAttribute("data-metric", t.metric().name());
        Span title = new Span(t.title());
        title.addClassName("target-title");
        title.getElement().setAttribute("title", t.metric().definition());
        row.add(title);
        if (t.state() == TargetInfo.State.AGREED) {
            Span status = new Span(progress.map(TargetProgress::summary).orElse("agreed"));
            status.addClassName("target-progress");
            progress.ifPresent(p -> status.addClassName(p.value().isEmpty() ? "unmeasured" : p.met() ? "met" : "behind"));
            Span who = new Span("agreed by " + t.proposedBy() + " and " + t.agreedBy());
            who.addClassName("target-who");
            row.add(status, who);
        } else {
            Span status = new Span("proposed by " + t.proposedBy() + ", waiting for the other team's lead");
            status.addClassName("target-waiting");
            row.add(new TeamBadge(t.proposedTeam()), status);
        }
        if (t.canAgree()) {
            Button agree = new Button("Agree", e -> run(() -> targets.agree(t.id(), t.version()),
                    "Agreed: " + t.title() + " now binds both teams"));
            agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            row.add(agree);
        }
        if (t.canWithdraw()) {
            Button withdraw = new Button("Withdraw", e -> {
                ConfirmDialog confirm = new ConfirmDialog("Withdraw this target?",
                        "\"" + t.title() + "\" will no longer be shown as a shared target for either team.",
                        "Withdraw", ok -> run(() -> targets.withdraw(t.id(), t.version()), "Withdrawn: " + t.title()));
                confirm.setCancelable(true);
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            row.add(withdraw);
        }
        return row;
    }

    private void run(Runnable action, String success) {
        try {
            action.run();
            Toast.success(success);
        } catch (StaleEditException | AccessDeniedException | ValidationException e) {
            Toast.error(e.getMessage());
        }
        changed.run();
    }

    void openProposal() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Propose a shared target");
        Select<Metric> metric = new Select<>();
        metric.setLabel("Metric");
        metric.setItems(Metric.values());
        metric.setItemLabelGenerator(Metric::label);
        NumberField threshold = new NumberField("Target");
        threshold.setStep(0.5);
        Paragraph definition = new Paragraph();
        definition.addClassName("metric-definition");
        metric.addValueChangeListener(e -> {
            Metric m = e.getValue();
            definition.setText(m == null ? "" : m.definition());
            threshold.setLabel(m == null ? "Target" : (m.higherIsBetter() ? "At least" : "At most"));
            threshold.setSuffixComponent(new Span(m == null ? "" : switch (m.unit()) {
                case PERCENT -> "%";
                case HOURS -> "hours";
                case SCORE -> "of 5";
                case COUNT -> "";
            }));
        });
        Button save = new Button("Propose", e -> {
            String error = TargetService.thresholdError(metric.getValue(), threshold.getValue());
            metric.setInvalid(metric.getValue() == null);
            metric.setErrorMessage("Choose a metric");
            if (error != null) {
                threshold.setErrorMessage(error);
                threshold.setInvalid(metric.getValue() != null);
                return;
            }
            try {
                TargetInfo t = targets.propose(metric.getValue(), threshold.getValue());
                Toast.success("Proposed " + t.title() + "; the other team's lead can agree it now");
                dialog.close();
                changed.run();
            } catch (ValidationException ex) {
                threshold.setErrorMessage(ex.getMessage());
                threshold.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.add(new Div(metric, threshold, definition));
        dialog.getFooter().add(cancel, save);
        dialog.open();
        metric.focus();
    }
}
