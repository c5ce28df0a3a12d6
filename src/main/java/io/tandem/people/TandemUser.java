package io.tandem.people;

import io.tandem.base.SignedInUser;
import io.tandem.base.Team;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: a Spring Security user that also knows who the person is. */
public class TandemUser extends User implements SignedInUser {

    private final Long personId;
    private final String fullName;
    private final Team team;
    private final Role role;

    TandemUser(Person p) {
        this(p, true);
    }

    TandemUser(Person p, boolean accountNonLocked) {
        super(p.getUsername(), p.getPasswordHash(), p.isActive(), true, true, accountNonLocked, List.of(
                new SimpleGrantedAuthority(p.getRole().authority()),
                new SimpleGrantedAuthority("TEAM_" + p.getTeam().name())));
        this.personId = p.getId();
        this.fullName = p.getFullName();
        this.team = p.getTeam();
        this.role = p.getRole();
    }

    @Override
    public Long personId() {
        return personId;
    }

    @Override
    public String fullName() {
        return fullName;
    }

    @Override
    public Team team() {
        return team;
    }

    public Role role() {
        return role;
    }
}
