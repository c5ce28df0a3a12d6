package io.tandem.collaboration;

import com.vaadin.collaborationengine.UserInfo;
import io.tandem.base.SignedInUser;
import io.tandem.base.Team;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Builds the Collaboration Engine's user info from the signed-in person: name, and avatar colour by team. */
@Component
class CollaborationUsers {

    UserInfo current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            return of(user.personId(), user.fullName(), user.team());
        }
        throw new AccessDeniedException("Sign in to collaborate");
    }

    static UserInfo of(Long personId, String fullName, Team team) {
        UserInfo info = new UserInfo("person-" + personId, fullName);
        info.setColorIndex(team.colorIndex());
        return info;
    }
}
