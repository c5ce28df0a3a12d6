package io.tandem.collaboration;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationList;
import com.vaadin.collaborationengine.EntryScope;
import com.vaadin.collaborationengine.ListOperation;
import com.vaadin.collaborationengine.TopicConnection;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import com.vaadin.flow.component.avatar.AvatarGroupVariant;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Live avatars of everyone on a topic: in the header, everyone signed in; in a workspace, everyone in it.
 * Colours follow the team; the signed-in person comes first, everyone else once however many tabs they have open.
 *
 * <p>Each page puts its person on the topic's list for as long as the avatars are on screen (the engine removes the
 * entry when the page leaves, closes or stops answering) and listens to the list. This replaces the engine's
 * {@code CollaborationAvatarGroup}: its presence manager failed on a departure the engine had queued for a page just
 * as that page's avatars stopped listening (an assertion, or a {@code NullPointerException} in production, logged as
 * an error for every such page); here a change that arrives after the avatars stopped listening is ignored, and a
 * departure of someone not shown changes nothing (decision 0034).
 */
public class OnlineAvatars extends Composite<AvatarGroup> {

    /** The topic's list of who is there: one entry per page, removed by the engine when its page goes. */
    static final String LIST = "present";

    private final UserInfo me;
    private final String topic;

    OnlineAvatars(CollaborationUsers users, String topic) {
        this.me = users.current();
        this.topic = topic;
    }

    @Override
    protected AvatarGroup initContent() {
        AvatarGroup group = new AvatarGroup();
        group.setMaxItemsVisible(6);
        group.addThemeVariants(AvatarGroupVariant.LUMO_SMALL);
        group.addClassName("online-avatars");
        show(group, List.of());
        CollaborationEngine.getInstance().openTopicConnection(group, topic, me,
                connection -> listen(group, connection));
        return group;
    }

    /** While the avatars are on screen: this page's entry on the list, and everyone's entries shown. */
    private Registration listen(AvatarGroup group, TopicConnection connection) {
        CollaborationList list = connection.getNamedList(LIST);
        Listening listening = new Listening();
        Registration subscription = list.subscribe(event -> {
            if (!listening.active) {
                return; // queued for this page before it stopped listening
            }
            // an entry is only ever added or emptied: a value and no old one is an arrival, the reverse a departure;
            // the avatars change only when a person comes or leaves, not with each of their pages (a page opening
            // onto a topic gets everyone's pages one by one as the engine replays the list)
            UserInfo arrived = event.getValue(UserInfo.class);
            UserInfo left = event.getOldValue(UserInfo.class);
            int people = listening.present.size();
            if (arrived != null && left == null) {
                listening.present.merge(arrived.getId(), new Present(arrived, 1),
                        (was, one) -> new Present(was.user(), was.pages() + 1));
            } else if (arrived == null && left != null) {
                listening.present.computeIfPresent(left.getId(),
                        (id, was) -> was.pages() > 1 ? new Present(was.user(), was.pages() - 1) : null);
            }
            if (listening.present.size() != people) {
                show(group, listening.present.values().stream().map(Present::user).toList());
            }
        });
        list.apply(ListOperation.insertLast(me).withScope(EntryScope.CONNECTION));
        return () -> {
            listening.active = false;
            subscription.remove();
            show(group, List.of());
        };
    }

    private void show(AvatarGroup group, Collection<UserInfo> present) {
        group.setItems(Stream.concat(Stream.of(me), present.stream()).distinct().map(user -> {
            AvatarGroupItem item = new AvatarGroupItem(user.getName());
            item.setAbbreviation(user.getAbbreviation());
            item.setColorIndex(user.getColorIndex()); // the team's (CollaborationUsers)
            return item;
        }).toList());
    }

    /** What one spell of listening has seen: who is on the list, by person, in the order they came. */
    private static final class Listening implements Serializable {
        private final Map<String, Present> present = new LinkedHashMap<>();
        private boolean active = true;
    }

    /** A person on the list and how many of their pages put them there. */
    private record Present(UserInfo user, int pages) implements Serializable {
    }
}
