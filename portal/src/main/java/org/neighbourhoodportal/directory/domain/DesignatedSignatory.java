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

/**
 * The one person who may sign terms of reference and commit to bids for a member organisation in a team. At most one
 * per organisation per team; a person of that organisation.
 */
@Entity
@Audited
@Table(name = "designated_signatory")
public class DesignatedSignatory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    protected DesignatedSignatory() {
    }

    public DesignatedSignatory(Team team, Organisation organisation, Person person) {
        this.team = team;
        this.organisation = organisation;
        this.person = person;
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

    public Person getPerson() {
        return person;
    }

    /** Another person of the organisation signs for it from now on. */
    public void changeTo(Person person) {
        this.person = person;
    }
}
