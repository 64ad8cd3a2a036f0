package org.neighbourhoodportal.directory;

import org.neighbourhoodportal.directory.domain.Person;
import org.neighbourhoodportal.directory.domain.PersonRepository;
import org.neighbourhoodportal.directory.domain.RoleAssignment;
import org.neighbourhoodportal.directory.domain.RoleAssignmentRepository;
import org.neighbourhoodportal.directory.domain.TeamRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the directory that the portal has no screen for yet (an administrator would make them), for tests of
 * what follows from them. Every test that grants a role takes it away again, so other tests see the demo directory.
 */
@Component
@Transactional
public class DirectoryChanges {

    private final PersonRepository people;
    private final TeamRepository teams;
    private final RoleAssignmentRepository roles;

    DirectoryChanges(PersonRepository people, TeamRepository teams, RoleAssignmentRepository roles) {
        this.people = people;
        this.teams = teams;
        this.roles = roles;
    }

    /** Makes the person a lead of the team. @return the assignment, for {@link #remove} */
    public long makeLead(String email, long teamId) {
        Person person = people.findByEmailIgnoreCase(email).orElseThrow();
        return roles.save(RoleAssignment.lead(person, teams.findById(teamId).orElseThrow())).getId();
    }

    public void remove(long assignmentId) {
        roles.deleteById(assignmentId);
    }
}
