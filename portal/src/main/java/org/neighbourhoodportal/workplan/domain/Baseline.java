package org.neighbourhoodportal.workplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A snapshot of the plan, e.g. as agreed at a board meeting, that later views compare with. */
@Entity
@Table(name = "baseline")
public class Baseline {

    public static final int NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workplan_id", nullable = false)
    private long workplanId;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "taken_by", nullable = false)
    private long takenBy;

    protected Baseline() {
    }

    public Baseline(long workplanId, String name, Instant takenAt, long takenBy) {
        this.workplanId = workplanId;
        this.name = name;
        this.takenAt = takenAt;
        this.takenBy = takenBy;
    }

    public Long getId() {
        return id;
    }

    public long getWorkplanId() {
        return workplanId;
    }

    public String getName() {
        return name;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public long getTakenBy() {
        return takenBy;
    }
}
