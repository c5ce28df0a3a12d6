package io.tandem.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCaseAndIdNot(String email, Long id);

    long countByRoleAndActiveTrue(Role role);

    List<Person> findAllByOrderByFullNameAsc();

    List<Person> findByActiveTrueOrderByFullNameAsc();

    /** What the authorization layer needs to know about a signed-in person now: still active, role and team. */
    @Query("select new io.tandem.people.PersonStanding(p.active, p.role, p.team) from Person p where p.id = :id")
    Optional<PersonStanding> standing(@Param("id") Long id);
}
