package io.tandem.collaboration;

import com.vaadin.collaborationengine.CollaborationMessageList;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageInputI18n;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * A persisted discussion beside an item: messages survive restarts and arrive live for everyone on the topic.
 * {@link #onMessageSent} lets the owning feature react to what the signed-in person wrote (e.g. mentions).
 */
public class Discussion extends Composite<VerticalLayout> {

    private final transient CollaborationUsers users;
    private final transient JpaMessagePersister persister;
    private final String topic;
    private SerializableConsumer<String> onSent = text -> { };

    Discussion(CollaborationUsers users, JpaMessagePersister persister, String topic) {
        this.users = users;
        this.persister = persister;
        this.topic = topic;
    }

    /** Called in the UI thread after the signed-in person sent {@code text}. */
    public void onMessageSent(SerializableConsumer<String> handler) {
        this.onSent = handler;
    }

    @Override
    protected VerticalLayout initContent() {
        CollaborationMessageList list = new CollaborationMessageList(users.current(), topic, persister);
        list.setWidthFull();
        list.addClassName("discussion-messages");
        MessageInput input = new MessageInput();
        input.setWidthFull();
        input.setEnabled(false);
        input.setTooltipText("Write @name to notify someone");
        input.setI18n(new MessageInputI18n().setMessage("Write to everyone here… (@name notifies them)")
                .setSend("Send"));
        list.setSubmitter(activation -> {
            input.setEnabled(true);
            Registration submit = input.addSubmitListener(event -> {
                String text = event.getValue();
                if (text.length() > JpaMessagePersister.MAX_LENGTH) {
                    Notification.show("A message can have at most " + JpaMessagePersister.MAX_LENGTH
                            + " characters; this one has " + text.length() + ".", 5000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    input.getElement().executeJs("this.value = $0", text); // give the text back to shorten
                    return;
                }
                activation.appendMessage(text);
                onSent.accept(text);
            });
            return () -> {
                submit.remove();
                input.setEnabled(false);
            };
        });
        VerticalLayout layout = new VerticalLayout(list, input);
        layout.addClassName("discussion");
        layout.setPadding(false);
        layout.setSizeFull();
        layout.expand(list);
        return layout;
    }
}
