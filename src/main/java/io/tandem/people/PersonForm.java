package io.tandem.people;

import io.tandem.base.Team;

/**
 * The fields an admin fills in for a person. A plain bean so a form can bind to it; {@code password} is used
 * only when creating a person.
 */
public class PersonForm {

    private String username = "";
    private String fullName = "";
    private String email = "";
    private Team team;
    private Role role = Role.MEMBER;
    private String password = "";

    public PersonForm() {
    }

    public PersonForm(String username, String fullName, String email, Team team, Role role, String password) {
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.team = team;
        this.role = role;
        this.password = password;
    }

    public static PersonForm of(PersonSummary p) {
        return new PersonForm(p.username(), p.fullName(), p.email(), p.team(), p.role(), "");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
