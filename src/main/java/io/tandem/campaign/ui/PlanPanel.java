package io.tandem.campaign.ui;

import io.tandem.base.ui.Toast;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import io.tandem.base.ItemNotFoundException;
import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.base.ui.EmptyState;
import io.tandem.base.ui.KeptChildren;
import io.tandem.campaign.CampaignService;
import io.tandem.campaign.PlanTask;
import io.tandem.people.PersonSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * Tasks and milestones of the plan: add, edit, complete, remove, drag or Alt+↑/↓ to reorder; overdue ones stand out.
 * Live for everyone: a change anyone makes reloads the plan on every open workspace, which redraws only the rows
 * that changed.
 */
class PlanPanel extends Div {

    private final CampaignService campaigns;
    private final Long campaignId;
    /** The rows, in the plan's order, as shown. */
    final List<PlanRow> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Div table = new Div();
    private final List<PersonSummary> everyone;
    final TextField title = new TextField();
    final ComboBox<PersonSummary> owner = new ComboBox<>();
    final DatePicker due = new DatePicker();
    static final String ADD_HINT = "Add the steps and milestones of the plan, with an owner from either team and a due"
            + " date.";
    static final String READ_ONLY_HINT = "No one has added steps or milestones to this plan.";
    private final EmptyState empty = new EmptyState(VaadinIcon.TASKS, "No tasks yet", ADD_HINT);
    private final Div composer;
    private boolean editable = true;

    PlanPanel(CampaignService campaigns, Long campaignId, List<PersonSummary> everyone) {
        this.campaigns = campaigns;
        this.campaignId = campaignId;
        this.everyone = everyone;
        addClassName("plan-panel");

        title.setPlaceholder("New task or milestone");
        title.setMaxLength(200);
        title.setAriaLabel("Task title");
        owner.setPlaceholder("Owner");
        owner.setItems(everyone);
        owner.setItemLabelGenerator(p -> p.fullName() + " (" + p.team().label() + ")");
        owner.setClearButtonVisible(true);
        owner.setAriaLabel("Owner");
        due.setPlaceholder("Due");
        due.setAriaLabel("Due date");
        Button add = new Button("Add", VaadinIcon.PLUS.create(), e -> addTask());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        title.addKeyPressListener(Key.ENTER, e -> addTask());
        composer = new Div(title, owner, due, add);
        composer.addClassName("plan-composer");

        Div head = new Div(new Span("Done"), new Span("Task"), new Span("Owner"), new Span("Team"), new Span("Due"));
        head.addClassName("plan-head");
        head.getElement().setAttribute("aria-hidden", "true");
        list.addClassName("plan-list");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", "Plan tasks");
        table.addClassName("plan-table");
        table.add(head, list);

        add(composer, table, empty);
    }

    void reload() {
        show(campaigns.tasks(campaignId));
    }

    /** Reloads for a live notice, sharing the read with every workspace that reloads for it. */
    void reload(String notice) {
        show(campaigns.tasks(campaignId, notice));
    }

    /**
     * Shows {@code tasks}: rows that look the same are kept (and learn the task's new place and version), the others
     * are built and put in place, so a live change sends the browsers only what changed.
     */
    private void show(List<PlanTask> tasks) {
        LocalDate today = LocalDate.now();
        Map<Long, PlanRow> before = new HashMap<>();
        rows.forEach(r -> before.put(r.task.id(), r));
        List<PlanRow> next = new ArrayList<>(tasks.size());
        for (PlanTask task : tasks) {
            PlanRow kept = before.get(task.id());
            if (kept != null && kept.looksLike(task, today)) {
                kept.task = task;
                next.add(kept);
            } else {
                next.add(new PlanRow(this, task, today));
            }
        }
        KeptChildren.show(list, rows, next);
        rows.clear();
        rows.addAll(next);
        table.setVisible(!tasks.isEmpty());
        empty.setVisible(tasks.isEmpty());
    }

    void addTask() {
        try {
            campaigns.addTask(campaignId, title.getValue(), owner.getValue() == null ? null : owner.getValue().id(),
                    due.getValue());
            title.clear();
            title.setInvalid(false);
            title.focus();
        } catch (ValidationException | AccessDeniedException ex) {
            title.setErrorMessage(ex.getMessage());
            title.setInvalid(true);
        }
    }

    void move(PlanTask task, int index) {
        act(() -> campaigns.moveTask(task.id(), index));
    }

    /** {@code row} dropped on {@code target}: it takes the target's place (the target moves down or up by one). */
    void drop(PlanRow row, PlanRow target) {
        int index = rows.indexOf(target);
        if (index >= 0 && rows.contains(row)) {
            move(row.task, index);
        }
    }

    /** Moves {@code row} one place up ({@code -1}) or down ({@code 1}) from the keyboard; it keeps the focus. */
    void moveBy(PlanRow row, int step) {
        int index = rows.indexOf(row) + step;
        if (index < 0 || index >= rows.size()) {
            return;
        }
        move(row.task, index);
        reload(); // this person's own move shows at once, so the row keeps its focus where it went
        rows.stream().filter(r -> r.task.id().equals(row.task.id())).findFirst()
                .ifPresent(r -> r.getElement().callJsFunction("focus"));
    }

    /**
     * Whether the signed-in person may change the plan (a participant or the owner of a campaign still open): the
     * others read it, without the composer, boxes they could tick, edit and remove buttons or dragging. The service
     * refuses their changes either way.
     */
    void setEditable(boolean editable) {
        this.editable = editable;
        composer.setVisible(editable);
        empty.setHint(editable ? ADD_HINT : READ_ONLY_HINT);
        rows.forEach(r -> r.setEditable(editable));
    }

    boolean isEditable() {
        return editable;
    }

    void edit(PlanTask task) {
        new TaskDialog(campaigns, task, everyone).open();
    }

    /** Ticks or unticks a task; returns whether it was saved (a refusal is shown and the plan reloaded). */
    boolean setDone(PlanTask t, boolean done) {
        if (!act(() -> campaigns.setTaskDone(t.id(), t.version(), done))) {
            return false;
        }
        reload(); // at once, not at the live notice: a second click right after must not meet its own old version
        return true;
    }

    void confirmRemove(PlanTask t) {
        ConfirmDialog confirm = new ConfirmDialog("Remove this task?", t.title(), "Remove",
                ev -> act(() -> campaigns.deleteTask(t.id())));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Runs a change; a refusal is shown and the plan reloaded. Returns whether it was made. */
    private boolean act(Runnable action) {
        try {
            action.run();
            return true;
        } catch (ValidationException | StaleEditException | AccessDeniedException ex) {
            Toast.error(ex.getMessage());
            reload();
            return false;
        } catch (ItemNotFoundException ex) {
            Toast.error("Someone removed this task meanwhile.");
            reload();
            return false;
        }
    }
}
