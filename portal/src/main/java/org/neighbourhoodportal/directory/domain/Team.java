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

/** An Integrated Neighbourhood Team. */
@Entity
@Audited
@Table(name = "neighbourhood_team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "icb_id")
    private Icb icb;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "place", length = 200)
    private String place;

    @Column(name = "description", length = 2000)
    private String description;

    protected Team() {
    }

    public Team(Icb icb, String name, String place, String description) {
        this.icb = icb;
        this.name = name;
        this.place = place;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public Icb getIcb() {
        return icb;
    }

    public String getName() {
        return name;
    }

    public String getPlace() {
        return place;
    }

    public String getDescription() {
        return description;
    }

    /** An administrator renames the team, moves it to another ICB or changes what it says about itself. */
    public void update(Icb icb, String name, String place, String description) {
        this.icb = icb;
        this.name = name;
        this.place = place;
        this.description = description;
    }
}
