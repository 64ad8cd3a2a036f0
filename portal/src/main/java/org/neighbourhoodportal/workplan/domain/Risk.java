package org.neighbourhoodportal.workplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.neighbourhoodportal.workplan.RiskKind;

/** A risk or issue on a priority, scored likelihood × impact (1–5 each). */
@Entity
@Table(name = "risk")
public class Risk {

    public static final int TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "priority_id", nullable = false)
    private long priorityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private RiskKind kind;

    @Column(name = "description", nullable = false, length = TEXT_LENGTH)
    private String description;

    @Column(name = "likelihood", nullable = false)
    private int likelihood;

    @Column(name = "impact", nullable = false)
    private int impact;

    @Column(name = "owner_person_id")
    private Long ownerPersonId;

    @Column(name = "mitigation", length = TEXT_LENGTH)
    private String mitigation;

    @Column(name = "open", nullable = false)
    private boolean open;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected Risk() {
    }

    public Risk(long priorityId) {
        this.priorityId = priorityId;
        this.open = true;
    }

    public void describe(RiskKind kind, String description, int likelihood, int impact, Long ownerPersonId,
                         String mitigation, boolean open) {
        this.kind = kind;
        this.description = description;
        this.likelihood = likelihood;
        this.impact = impact;
        this.ownerPersonId = ownerPersonId;
        this.mitigation = mitigation;
        this.open = open;
    }

    public Long getId() {
        return id;
    }

    public long getPriorityId() {
        return priorityId;
    }

    public RiskKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public int getLikelihood() {
        return likelihood;
    }

    public int getImpact() {
        return impact;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public String getMitigation() {
        return mitigation;
    }

    public boolean isOpen() {
        return open;
    }

    public int getVersion() {
        return version;
    }

    /** Who saved this version, and when: shown to anyone whose screen was opened on an older one. */
    public void changed(Long personId, Instant at) {
        this.changedBy = personId;
        this.changedAt = at;
    }

    public Long getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
