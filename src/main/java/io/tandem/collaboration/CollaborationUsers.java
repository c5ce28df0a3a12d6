package io.tandem.collaboration;

import com.vaadin.collaborationengine.UserInfo;
import io.tandem.base.CurrentUser;
import io.tandem.base.SignedInUser;
import io.tandem.base.Team;
import org.springframework.stereotype.Component;

/** Builds the Collaboration Engine's user info from the signed-in person: name, and avatar colour by team. */
@Component
class CollaborationUsers {

    UserInfo current() {
        SignedInUser user = CurrentUser.require();
        return of(user.personId(), user.fullName(), user.team());
    }

    static UserInfo of(Long personId, String fullName, Team team) {
        UserInfo info = new UserInfo("person-" + personId, fullName);
        info.setColorIndex(team.colorIndex());
        return info;
    }
}
