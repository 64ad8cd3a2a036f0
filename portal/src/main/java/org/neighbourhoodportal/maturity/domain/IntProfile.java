package org.neighbourhoodportal.maturity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How one INT is set up, on the four aspects of the City & Hackney review of neighbourhood models (seed 003): scope or
 * criteria, roles and sectors, location, management and governance. One per team, kept by its leads.
 */
@Entity
@Table(name = "int_profile")
public class IntProfile {

    /** The most each aspect may say. */
    public static final int ASPECT_LENGTH = 2000;

    @Id
    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "scope_criteria", length = ASPECT_LENGTH)
    private String scope;

    @Column(name = "roles_sectors", length = ASPECT_LENGTH)
    private String rolesAndSectors;

    @Column(name = "location", length = ASPECT_LENGTH)
    private String location;

    @Column(name = "governance", length = ASPECT_LENGTH)
    private String governance;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected IntProfile() {
    }

    public IntProfile(long teamId) {
        this.teamId = teamId;
    }

    public void update(String scope, String rolesAndSectors, String location, String governance, long by,
                       Instant at) {
        this.scope = scope;
        this.rolesAndSectors = rolesAndSectors;
        this.location = location;
        this.governance = governance;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getScope() {
        return scope;
    }

    public String getRolesAndSectors() {
        return rolesAndSectors;
    }

    public String getLocation() {
        return location;
    }

    public String getGovernance() {
        return governance;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
