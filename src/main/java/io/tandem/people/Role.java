package io.tandem.people;

/** What a person may do beyond their team's work. */
public enum Role {
    /** Works in a team. */
    MEMBER("Member"),
    /** Leads a team: signs definitions, plans and targets on its behalf. */
    TEAM_LEAD("Team lead"),
    /** Manages people, teams and settings. */
    ADMIN("Admin");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority name, e.g. {@code ROLE_TEAM_LEAD}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
