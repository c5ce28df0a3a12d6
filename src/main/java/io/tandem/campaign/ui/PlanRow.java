package io.tandem.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.tandem.campaign.PlanTask;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One task of the plan: done box, title, owner, team, due date, edit and remove. Its own element rather than a grid
 * row, so a live change adds, changes or moves only this row on every open workspace (a grid sends all its rows
 * again when one is added; LivePropagationBench). Focused, Enter edits it and Alt+↑/↓ moves it; it can be dragged
 * onto another row to take that row's place.
 */
class PlanRow extends Div {

    /** The task as last read; kept current when only its place or version changed (see {@link #looksLike}). */
    PlanTask task;
    final boolean overdue;
    final DoneBox done = new DoneBox();
    final Button edit = new Button(VaadinIcon.PENCIL.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());
    private final DragSource<PlanRow> drag;

    PlanRow(PlanPanel panel, PlanTask task, LocalDate today) {
        this.task = task;
        this.overdue = task.isOverdue(today);
        addClassName("plan-row");
        setClassName("overdue", overdue);
        setClassName("done", task.done());
        getElement().setAttribute("role", "listitem");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("data-task", String.valueOf(task.id()));
        done.setValue(task.done());
        done.setAriaLabel((task.done() ? "Reopen " : "Complete ") + task.title());
        done.addValueChangeListener(e -> {
            if (e.isFromClient() && !panel.setDone(this.task, e.getValue())) {
                done.setValue(this.task.done()); // refused: the box shows what is saved again
            }
        });

        Span title = new Span(task.title());
        title.addClassName("plan-task-title");
        Span owner = new Span(task.ownerName() == null ? "—" : task.ownerName());
        owner.addClassName("plan-task-owner");
        Span team = new Span(task.team() == null ? "" : task.team().label());
        team.addClassName("plan-task-team");
        if (task.team() != null) {
            team.addClassNames("team-badge", task.team().cssClass());
        }
        Span due = new Span(task.dueDate() == null ? "—" : CampaignsView.DAY.format(task.dueDate()));
        due.addClassName("plan-task-due");
        // "—" fills an empty cell of the wide layout; the narrow one leaves it out
        owner.setClassName("plan-task-none", task.ownerName() == null);
        due.setClassName("plan-task-none", task.dueDate() == null);
        if (overdue) {
            due.addClassName("overdue-text");
            due.setTitle("Overdue");
        }

        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        edit.setAriaLabel("Edit " + task.title());
        edit.setTooltipText("Edit");
        edit.addClickListener(e -> panel.edit(this.task));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel("Remove " + task.title());
        remove.setTooltipText("Remove");
        remove.addClickListener(e -> panel.confirmRemove(this.task));
        // the three cells of a row's details: part of the row's grid on a wide screen, one line below the title on a
        // narrow one (tandem.css)
        Div details = new Div(owner, team, due);
        details.addClassName("plan-task-details");
        add(done, title, details, edit, remove);

        // one filtered listener each, not shortcut registrations: a plan can hold a few hundred rows per session
        getElement().addEventListener("keydown", e -> {
            if (!panel.isEditable()) {
                return;
            }
            switch (e.getEventData().get("event.key").asString()) {
                case "ArrowUp" -> panel.moveBy(this, -1);
                case "ArrowDown" -> panel.moveBy(this, 1);
                default -> panel.edit(this.task);
            }
        }).addEventData("event.key").setFilter("event.target === element && (event.key === 'Enter'"
                + " || event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown'))");
        getElement().addEventListener("dblclick", e -> {
            if (panel.isEditable()) {
                panel.edit(this.task);
            }
        })
                .setFilter("!event.target.closest('vaadin-checkbox, vaadin-button')");

        drag = DragSource.create(this);
        drag.setDragData(this);
        DropTarget<PlanRow> drop = DropTarget.create(this);
        drop.addDropListener(e -> e.getDragData().ifPresent(data -> {
            if (data instanceof PlanRow dragged && dragged != this) {
                panel.drop(dragged, this);
            }
        }));
        setEditable(panel.isEditable());
    }

    /** A row of a plan the signed-in person may not change shows the task and offers nothing to do with it. */
    void setEditable(boolean editable) {
        done.setReadOnly(!editable);
        edit.setVisible(editable);
        remove.setVisible(editable);
        drag.setDraggable(editable);
        setClassName("editable", editable);
        getElement().setAttribute("aria-label", task.title() + (task.ownerName() == null ? "" : ", " + task.ownerName())
                + (task.dueDate() == null ? "" : ", due " + CampaignsView.DAY.format(task.dueDate()))
                + (overdue ? ", overdue" : "") + (task.done() ? ", done" : "")
                + (editable ? ". Enter edits, Alt+Up and Alt+Down move it" : ""));
    }

    /**
     * Whether this row already shows {@code next} as it would be drawn today: the same title, owner, team, due date,
     * done and overdue. Its place in the plan and its version may differ; a reload then keeps the row.
     */
    boolean looksLike(PlanTask next, LocalDate today) {
        return task.id().equals(next.id()) && task.title().equals(next.title())
                && Objects.equals(task.ownerName(), next.ownerName()) && task.team() == next.team()
                && Objects.equals(task.dueDate(), next.dueDate()) && task.done() == next.done()
                && overdue == next.isOverdue(today);
    }
}
