package org.neighbourhoodportal.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.neighbourhoodportal.directory.Role;

/** A role held in a scope: see {@link Role}. */
@Entity
@Audited
@Table(name = "role_assignment")
public class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Role role;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "ppg_id")
    private Long ppgId;

    @Column(name = "icb_id")
    private Long icbId;

    protected RoleAssignment() {
    }

    private RoleAssignment(Person person, Role role, Long teamId, Long ppgId, Long icbId) {
        this.person = person;
        this.role = role;
        this.teamId = teamId;
        this.ppgId = ppgId;
        this.icbId = icbId;
    }

    public static RoleAssignment lead(Person person, Team team) {
        return new RoleAssignment(person, Role.INT_LEAD, team.getId(), null, null);
    }

    public static RoleAssignment member(Person person, Team team) {
        return new RoleAssignment(person, Role.MEMBER, team.getId(), null, null);
    }

    public static RoleAssignment ppgRepresentative(Person person, Ppg ppg) {
        return new RoleAssignment(person, Role.PPG_REPRESENTATIVE, null, ppg.getId(), null);
    }

    public static RoleAssignment icbManager(Person person, Icb icb) {
        return new RoleAssignment(person, Role.ICB_MANAGER, null, null, icb.getId());
    }

    public static RoleAssignment administrator(Person person) {
        return new RoleAssignment(person, Role.ADMINISTRATOR, null, null, null);
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Role getRole() {
        return role;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Long getPpgId() {
        return ppgId;
    }

    public Long getIcbId() {
        return icbId;
    }
}
