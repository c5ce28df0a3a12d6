package io.tandem.people;

import io.tandem.base.Team;

/** A person's current standing, as the authorization layer checks it: still active, role and team. */
record PersonStanding(boolean active, Role role, Team team) {
}
