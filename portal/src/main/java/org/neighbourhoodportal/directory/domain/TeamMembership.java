package org.neighbourhoodportal.directory.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An organisation taking part in a team. */
@Entity
@Audited
@Table(name = "team_membership")
public class TeamMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    protected TeamMembership() {
    }

    public TeamMembership(Team team, Organisation organisation) {
        this.team = team;
        this.organisation = organisation;
    }

    public Long getId() {
        return id;
    }

    public Team getTeam() {
        return team;
    }

    public Organisation getOrganisation() {
        return organisation;
    }
}
