package org.neighbourhoodportal.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.neighbourhoodportal.directory.Sector;

@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "sector", nullable = false, length = 40)
    private Sector sector;

    protected Organisation() {
    }

    public Organisation(String name, Sector sector) {
        this.name = name;
        this.sector = sector;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Sector getSector() {
        return sector;
    }
}
