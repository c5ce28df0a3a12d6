package io.tandem.collaboration;

import com.vaadin.collaborationengine.CollaborationMessageInput;
import com.vaadin.collaborationengine.CollaborationMessageList;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A persisted discussion beside an item: messages survive restarts and arrive live for everyone on the topic. */
public class Discussion extends Composite<VerticalLayout> {

    private final transient CollaborationUsers users;
    private final transient JpaMessagePersister persister;
    private final String topic;

    Discussion(CollaborationUsers users, JpaMessagePersister persister, String topic) {
        this.users = users;
        this.persister = persister;
        this.topic = topic;
    }

    @Override
    protected VerticalLayout initContent() {
        CollaborationMessageList list = new CollaborationMessageList(users.current(), topic, persister);
        list.setSizeFull();
        CollaborationMessageInput input = new CollaborationMessageInput(list);
        input.setWidthFull();
        VerticalLayout layout = new VerticalLayout(list, input);
        layout.addClassName("discussion");
        layout.setPadding(false);
        layout.expand(list);
        return layout;
    }
}
