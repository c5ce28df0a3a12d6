package io.tandem.base.ui;

import com.vaadin.flow.component.html.Span;
import io.tandem.base.Team;

/** A small pill in the team's colour. */
public class TeamBadge extends Span {

    public TeamBadge(Team team) {
        super(team.label());
        addClassNames("team-badge", team.cssClass());
    }
}
