package io.tandem.campaign.ui;

import io.tandem.base.ui.Toast;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.base.ui.EmptyState;
import io.tandem.campaign.CampaignService;
import io.tandem.campaign.PlanTask;
import io.tandem.people.PersonSummary;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** Tasks and milestones of the plan: add, drag to reorder, complete; overdue ones stand out. Live for everyone. */
class PlanPanel extends Div {

    private final CampaignService campaigns;
    private final Long campaignId;
    final Grid<PlanTask> grid = new Grid<>();
    final TextField title = new TextField();
    final ComboBox<PersonSummary> owner = new ComboBox<>();
    final DatePicker due = new DatePicker();
    private final EmptyState empty = new EmptyState(VaadinIcon.TASKS, "No tasks yet",
            "Add the steps and milestones of the plan, with an owner from either team and a due date.");
    private PlanTask dragged;

    PlanPanel(CampaignService campaigns, Long campaignId, List<PersonSummary> everyone) {
        this.campaigns = campaigns;
        this.campaignId = campaignId;
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
        Div composer = new Div(title, owner, due, add);
        composer.addClassName("plan-composer");

        // templates drawn in the browser, not server-side components per row: the plan shows every row, and a live
        // update redraws the plan on every open workspace (LivePropagationBench); ${} bindings are text, never HTML
        grid.addColumn(LitRenderer.<PlanTask>of("<vaadin-checkbox .checked=${item.done} data-task=${item.id} aria-label=${item.doneLabel}"
                + " @change=${e => toggle(e.target.checked)}></vaadin-checkbox>")
                .withProperty("done", PlanTask::done)
                .withProperty("id", PlanTask::id)
                .withProperty("doneLabel", t -> (t.done() ? "Reopen " : "Complete ") + t.title())
                .withFunction("toggle", (t, args) -> setDone(t, args.get(0).asBoolean())))
                .setHeader("Done").setKey("done").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PlanTask::title).setHeader("Task").setFlexGrow(3);
        grid.addColumn(t -> t.ownerName() == null ? "—" : t.ownerName()).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(LitRenderer.<PlanTask>of("<span class=${item.teamClass}>${item.team}</span>")
                .withProperty("teamClass", t -> t.team() == null ? "" : "team-badge " + t.team().cssClass())
                .withProperty("team", t -> t.team() == null ? "" : t.team().label()))
                .setHeader("Team").setAutoWidth(true);
        grid.addColumn(LitRenderer.<PlanTask>of("<span class=${item.dueClass} title=${item.dueTitle}>${item.due}</span>")
                .withProperty("due", t -> t.dueDate() == null ? "—" : CampaignsView.DAY.format(t.dueDate()))
                .withProperty("dueClass", t -> t.isOverdue(LocalDate.now()) ? "overdue-text" : "")
                .withProperty("dueTitle", t -> t.isOverdue(LocalDate.now()) ? "Overdue" : ""))
                .setHeader("Due").setAutoWidth(true);
        grid.addColumn(LitRenderer.<PlanTask>of("<vaadin-button theme=\"tertiary-inline icon\" "
                + "aria-label=${item.removeLabel} @click=${remove}><vaadin-icon icon=\"vaadin:trash\"></vaadin-icon>"
                + "</vaadin-button>")
                .withProperty("removeLabel", t -> "Remove " + t.title())
                .withFunction("remove", this::confirmRemove))
                .setKey("remove").setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(t -> t.isOverdue(LocalDate.now()) ? "overdue" : t.done() ? "done" : null);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().get(0));
        grid.addDragEndListener(e -> dragged = null);
        grid.addDropListener(e -> {
            PlanTask target = e.getDropTargetItem().orElse(null);
            if (dragged == null || target == null || dragged.equals(target)) {
                return;
            }
            List<PlanTask> order = grid.getGenericDataView().getItems().toList();
            int index = order.indexOf(target) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
            if (order.indexOf(dragged) < index) {
                index--;
            }
            move(dragged, index);
        });
        grid.setAriaLabel("Plan tasks; drag rows to reorder, double-click to edit");
        grid.addItemDoubleClickListener(e -> new TaskDialog(campaigns, e.getItem(), everyone).open());

        add(composer, grid, empty);
        reload();
    }

    void reload() {
        show(campaigns.tasks(campaignId));
    }

    /** Reloads for a live notice, sharing the read with every workspace that reloads for it. */
    void reload(String notice) {
        show(campaigns.tasks(campaignId, notice));
    }

    private void show(List<PlanTask> tasks) {
        grid.setItems(tasks);
        grid.setVisible(!tasks.isEmpty());
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

    void setDone(PlanTask t, boolean done) {
        if (!act(() -> campaigns.setTaskDone(t.id(), t.version(), done))) {
            // refused: the box shows what is saved again (the template alone would keep the click)
            grid.getElement().executeJs("this.querySelectorAll('vaadin-checkbox[data-task=\"' + $0 + '\"]')"
                    + ".forEach(c => c.checked = $1)", String.valueOf(t.id()), t.done());
        }
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
        }
    }
}
