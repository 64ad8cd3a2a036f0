package org.neighbourhoodportal.workplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One plan per INT per year (the year the plan starts in, e.g. 2026 for 2026/27). */
@Entity
@Table(name = "workplan")
public class Workplan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "plan_year", nullable = false)
    private int planYear;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Workplan() {
    }

    public Workplan(long teamId, int planYear, String title, Instant createdAt) {
        this.teamId = teamId;
        this.planYear = planYear;
        this.title = title;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getTeamId() {
        return teamId;
    }

    public int getPlanYear() {
        return planYear;
    }

    public String getTitle() {
        return title;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
