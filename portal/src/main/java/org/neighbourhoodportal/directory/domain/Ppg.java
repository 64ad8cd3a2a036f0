package org.neighbourhoodportal.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A practice's Patient Participation Group, linked to the team the practice is in. */
@Entity
@Audited
@Table(name = "ppg")
public class Ppg {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "practice_id")
    private Organisation practice;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    protected Ppg() {
    }

    public Ppg(Team team, Organisation practice, String name) {
        this.team = team;
        this.practice = practice;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Team getTeam() {
        return team;
    }

    public Organisation getPractice() {
        return practice;
    }

    public String getName() {
        return name;
    }

    /** An administrator renames the PPG or links it to another practice or team. */
    public void update(Team team, Organisation practice, String name) {
        this.team = team;
        this.practice = practice;
        this.name = name;
    }
}
