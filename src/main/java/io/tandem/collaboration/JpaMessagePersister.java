package io.tandem.collaboration;

import com.vaadin.collaborationengine.CollaborationMessage;
import com.vaadin.collaborationengine.CollaborationMessagePersister;
import com.vaadin.collaborationengine.UserInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores discussion messages in MariaDB, so a discussion survives restarts. The engine asks for the messages
 * of a topic since a time when a list connects, and hands every new message to {@link #persistMessage}.
 */
@Component
class JpaMessagePersister implements CollaborationMessagePersister {

    /** Longest message kept; the input refuses longer ones before they reach here. */
    static final int MAX_LENGTH = 4000;

    private final transient DiscussionMessageRepository messages;

    JpaMessagePersister(DiscussionMessageRepository messages) {
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<CollaborationMessage> fetchMessages(FetchQuery query) {
        Instant since = query.getSince();
        return messages.findByTopicIdAndSentAtGreaterThanEqualOrderBySentAtAscIdAsc(query.getTopicId(),
                since.truncatedTo(ChronoUnit.MICROS)).stream()
                .filter(m -> !m.getSentAt().isBefore(since))
                .map(m -> {
                    UserInfo author = new UserInfo(m.getAuthorId(), m.getAuthorName());
                    author.setColorIndex(m.getAuthorColor());
                    return new CollaborationMessage(author, m.getText(), m.getSentAt());
                });
    }

    @Override
    @Transactional
    public void persistMessage(PersistRequest request) {
        CollaborationMessage message = request.getMessage();
        String text = message.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A message can have at most " + MAX_LENGTH + " characters");
        }
        UserInfo user = message.getUser();
        messages.save(new DiscussionMessage(request.getTopicId(), user.getId(), user.getName(),
                user.getColorIndex(), text, message.getTime()));
    }
}
