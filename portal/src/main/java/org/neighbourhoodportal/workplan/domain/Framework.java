package org.neighbourhoodportal.workplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

/**
 * A reference framework (Fuller offers, neighbourhood components, maturity domains) or a team's own objectives. Only
 * published versions are read here: a draft an administrator is still writing (maturity.FrameworkAdministration) is
 * never offered as a tag.
 */
@Entity
@SQLRestriction("status = 'PUBLISHED'")
@Table(name = "framework")
public class Framework {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "version", nullable = false, length = 40)
    private String version;

    @Column(name = "source", nullable = false, length = 500)
    private String source;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Framework() {
    }

    public Framework(String code, String name, String version, String source, Long teamId, int sortOrder) {
        this.code = code;
        this.name = name;
        this.version = version;
        this.source = source;
        this.teamId = teamId;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getVersion() {
        return version;
    }

    public String getSource() {
        return source;
    }

    public Long getTeamId() {
        return teamId;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
