package io.tandem.collaboration;

import com.vaadin.collaborationengine.CollaborationMessage;
import com.vaadin.collaborationengine.CollaborationMessageList;
import com.vaadin.collaborationengine.CollaborationMessagePersister;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageInputI18n;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import io.tandem.base.db.DatabaseMonitor;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A persisted discussion beside an item: messages survive restarts and arrive live for everyone on the topic.
 * {@link #onMessageSent} lets the owning feature react to what the signed-in person wrote (e.g. mentions).
 * <p>
 * Without the database, the discussion says so instead of showing an empty list: the engine reads the stored
 * messages when the discussion joins its topic, and if the database is away then, the discussion joins again once
 * it is back. A message sent while it is away is not lost: the input gets it back, with a message saying why.
 */
public class Discussion extends Composite<VerticalLayout> {

    /** Shown while the discussion has no message yet. */
    public static final String NO_MESSAGES = "No messages yet. Everyone in here reads what you write; @name "
            + "notifies someone.";
    /** Shown in place of messages that could not be read. */
    public static final String UNAVAILABLE = "Messages can't be loaded while the database is unavailable. They "
            + "will appear here as soon as it is back.";
    /** Shown when a message could not be saved; the input has it back. */
    public static final String NOT_SENT = "Not sent: the database is unavailable. Your message is back in the "
            + "input; send it again in a moment.";

    private final transient CollaborationUsers users;
    private final transient JpaMessagePersister persister;
    private final transient DatabaseMonitor database;
    private final String topic;
    private final MessageInput input = new MessageInput();
    private final Paragraph unavailable = new Paragraph(UNAVAILABLE);
    /** Visible once the stored messages were read and there were none, until a message shows. */
    private final Paragraph noMessages = new Paragraph(NO_MESSAGES);
    private CollaborationMessageList list;
    private SerializableConsumer<String> onSent = text -> { };
    private transient Registration waitingForDatabase;

    Discussion(CollaborationUsers users, JpaMessagePersister persister, DatabaseMonitor database, String topic) {
        this.users = users;
        this.persister = persister;
        this.database = database;
        this.topic = topic;
    }

    /** Called in the UI thread after the signed-in person sent {@code text}. */
    public void onMessageSent(SerializableConsumer<String> handler) {
        this.onSent = handler;
    }

    @Override
    protected VerticalLayout initContent() {
        input.setWidthFull();
        input.setEnabled(false);
        input.setTooltipText("Write @name to notify someone");
        input.setI18n(new MessageInputI18n().setMessage("Write to everyone here… (@name notifies them)")
                .setSend("Send"));
        unavailable.addClassName("discussion-unavailable");
        unavailable.getElement().setAttribute("role", "status");
        unavailable.setVisible(false);
        noMessages.addClassName("discussion-empty");
        noMessages.setVisible(false);
        list = messageList();
        VerticalLayout layout = new VerticalLayout(list, noMessages, unavailable, input);
        layout.addClassName("discussion");
        layout.setPadding(false);
        layout.setSizeFull();
        layout.expand(list);
        return layout;
    }

    private CollaborationMessageList messageList() {
        CollaborationMessageList messages = new CollaborationMessageList(users.current(), topic, new Reading());
        messages.setWidthFull();
        messages.addClassName("discussion-messages");
        // called for every message the list shows: stored, sent here or arriving from someone else
        messages.setMessageConfigurator((message, user) -> noMessages.setVisible(false));
        messages.setSubmitter(activation -> {
            input.setEnabled(true);
            Registration submit = input.addSubmitListener(event -> {
                String text = event.getValue();
                if (text.length() > JpaMessagePersister.MAX_LENGTH) {
                    giveBack(text, "A message can have at most " + JpaMessagePersister.MAX_LENGTH
                            + " characters; this one has " + text.length() + ".");
                    return;
                }
                try {
                    activation.appendMessage(text);
                } catch (RuntimeException e) {
                    if (!DatabaseMonitor.isOutage(e)) {
                        throw e;
                    }
                    database.failed(e);
                    giveBack(text, NOT_SENT);
                    return;
                }
                onSent.accept(text);
            });
            return () -> {
                submit.remove();
                input.setEnabled(false);
            };
        });
        return messages;
    }

    /** Puts {@code text} back in the input (it empties itself on submit) and says why it was not sent. */
    private void giveBack(String text, String why) {
        Notification.show(why, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        input.getElement().executeJs("this.value = $0", text);
    }

    /** The stored messages could not be read: say so, and join the topic again once the database answers. */
    private void readFailed() {
        unavailable.setVisible(true);
        if (waitingForDatabase != null) {
            return;
        }
        getUI().ifPresent(ui -> waitingForDatabase = database.afterNextAnswer(() -> ui.access(this::rejoin)));
    }

    private void rejoin() {
        waitingForDatabase = null;
        if (!isAttached()) {
            return;
        }
        unavailable.setVisible(false);
        CollaborationMessageList fresh = messageList();
        getContent().replace(list, fresh);
        getContent().expand(fresh);
        list = fresh;
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (waitingForDatabase != null) {
            waitingForDatabase.remove();
            waitingForDatabase = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (unavailable.isVisible() && waitingForDatabase == null) {
            readFailed();
        }
    }

    /** The stored messages, read for this discussion; an outage is shown here rather than thrown at the engine. */
    private final class Reading implements CollaborationMessagePersister {

        @Override
        public Stream<CollaborationMessage> fetchMessages(FetchQuery query) {
            try {
                List<CollaborationMessage> stored = persister.fetchMessages(query).toList();
                if (stored.isEmpty() && query.getSince().equals(Instant.EPOCH) && UI.getCurrent() != null) {
                    // the engine holds none of this topic's messages and the database has none either
                    noMessages.setVisible(true);
                }
                return stored.stream();
            } catch (RuntimeException e) {
                // when the engine already holds some of this topic's messages (it shows them), it asks only for
                // newer ones and would refuse an empty answer: leave that rare case to the session's error handler
                if (!DatabaseMonitor.isOutage(e) || !query.getSince().equals(Instant.EPOCH)) {
                    throw e;
                }
                database.failed(e);
                if (UI.getCurrent() != null) {
                    readFailed();
                }
                return Stream.empty();
            }
        }

        @Override
        public void persistMessage(PersistRequest request) {
            persister.persistMessage(request);
        }
    }
}
