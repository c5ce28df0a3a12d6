package io.tandem.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import io.tandem.activity.InAppNotification;
import io.tandem.activity.NotificationService;
import io.tandem.base.ui.EmptyState;
import io.tandem.base.ui.TimeAgo;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.collaboration.Topics;
import java.util.List;

/** The bell in the header: unread count, live; a click lists the newest notifications. */
class NotificationBell extends Composite<Div> {

    private final NotificationService notifications;
    private final LiveUpdates liveUpdates;
    private final Long personId;
    private final Button bell = new Button(VaadinIcon.BELL_O.create());
    private final Span count = new Span();
    private final Div list = new Div();

    NotificationBell(NotificationService notifications, LiveUpdates liveUpdates, Long personId) {
        this.notifications = notifications;
        this.liveUpdates = liveUpdates;
        this.personId = personId;
        Div root = getContent();
        root.addClassName("bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.addClassName("bell-count");
        root.add(bell, count);

        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("24rem");
        popover.addClassName("bell-popover");
        Button markAll = new Button("Mark all read", e -> notifications.markAllRead());
        markAll.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div header = new Div(new H4("Notifications"), markAll);
        header.addClassName("bell-header");
        list.addClassName("bell-list");
        popover.add(header, list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                renderList();
            }
        });
        root.add(popover);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refresh();
        liveUpdates.subscribe(this, Topics.notifications(personId), notice -> {
            refresh();
            renderList();
        });
    }

    private void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? "Notifications, none unread" : "Notifications, " + unread + " unread");
        bell.setTooltipText(unread == 0 ? "No new notifications" : unread + " unread");
    }

    private void renderList() {
        List<InAppNotification> items = notifications.mine(20);
        list.removeAll();
        if (items.isEmpty()) {
            list.add(new EmptyState(VaadinIcon.BELL_O, "All quiet",
                    "Mentions, reviews asked of you and changes to your work show up here."));
            return;
        }
        for (InAppNotification n : items) {
            Div item = new Div(new Span(n.title()), new Span(n.actorName() + " · " + TimeAgo.of(n.createdAt())));
            item.addClassNames("bell-item", n.read() ? "read" : "unread");
            item.addClickListener(e -> {
                if (!n.read()) {
                    notifications.markRead(n.id());
                }
                if (n.link() != null) {
                    UI.getCurrent().navigate(n.link());
                }
            });
            list.add(item);
        }
    }
}
