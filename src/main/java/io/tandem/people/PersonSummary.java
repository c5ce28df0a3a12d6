package io.tandem.people;

import io.tandem.base.Team;

/** What the rest of the app sees of a person: never the password hash. */
public record PersonSummary(Long id, String username, String fullName, String email, Team team, Role role,
        boolean active, long version) {

    /** Two letters for an avatar: "Maya Singh" gives "MS". */
    public String initials() {
        String[] parts = fullName.trim().split("\\s+");
        if (parts.length == 1) {
            return parts[0].substring(0, Math.min(2, parts[0].length())).toUpperCase(java.util.Locale.ROOT);
        }
        return (parts[0].substring(0, 1) + parts[parts.length - 1].substring(0, 1)).toUpperCase(java.util.Locale.ROOT);
    }

    public boolean isTeamLead() {
        return role == Role.TEAM_LEAD;
    }
}
