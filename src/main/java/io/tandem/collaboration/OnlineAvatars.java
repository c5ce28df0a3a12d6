package io.tandem.collaboration;

import com.vaadin.collaborationengine.CollaborationAvatarGroup;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.avatar.AvatarGroupVariant;

/**
 * Live avatars of everyone on a topic: in the header, everyone signed in; in a workspace, everyone in it.
 * Colours follow the team.
 */
public class OnlineAvatars extends Composite<CollaborationAvatarGroup> {

    private final transient CollaborationUsers users;
    private final String topic;

    OnlineAvatars(CollaborationUsers users, String topic) {
        this.users = users;
        this.topic = topic;
    }

    @Override
    protected CollaborationAvatarGroup initContent() {
        CollaborationAvatarGroup group = new CollaborationAvatarGroup(users.current(), topic);
        group.setMaxItemsVisible(6);
        group.addThemeVariants(AvatarGroupVariant.LUMO_SMALL);
        group.addClassName("online-avatars");
        return group;
    }
}
