package org.neighbourhoodportal.workplan.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.neighbourhoodportal.workplan.Rag;

@Entity
@Table(name = "priority")
public class Priority {

    public static final int TITLE_LENGTH = 200;
    public static final int WHY_LENGTH = 4000;
    public static final int RAG_REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workplan_id", nullable = false)
    private long workplanId;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "why_it_matters", length = WHY_LENGTH)
    private String whyItMatters;

    @Column(name = "lead_organisation_id")
    private Long leadOrganisationId;

    @Column(name = "lead_person_id")
    private Long leadPersonId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "rag", nullable = false, length = 10)
    private Rag rag;

    @Column(name = "rag_reason", length = RAG_REASON_LENGTH)
    private String ragReason;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    // all the listed priorities' tags in one query, not one per priority (a plan's grid, the report)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "priority_tag", joinColumns = @JoinColumn(name = "priority_id"))
    @Column(name = "framework_item_id")
    private Set<Long> tags = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected Priority() {
    }

    public Priority(long workplanId, int sortOrder) {
        this.workplanId = workplanId;
        this.sortOrder = sortOrder;
        this.rag = Rag.GREEN;
    }

    public void describe(String title, String whyItMatters, Long leadOrganisationId, Long leadPersonId,
                         LocalDate startsOn, LocalDate endsOn, Set<Long> tags) {
        this.title = title;
        this.whyItMatters = whyItMatters;
        this.leadOrganisationId = leadOrganisationId;
        this.leadPersonId = leadPersonId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.tags = new HashSet<>(tags);
    }

    public void rate(Rag rag, String reason) {
        this.rag = rag;
        this.ragReason = reason;
    }

    public Long getId() {
        return id;
    }

    public long getWorkplanId() {
        return workplanId;
    }

    public String getTitle() {
        return title;
    }

    public String getWhyItMatters() {
        return whyItMatters;
    }

    public Long getLeadOrganisationId() {
        return leadOrganisationId;
    }

    public Long getLeadPersonId() {
        return leadPersonId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Rag getRag() {
        return rag;
    }

    public String getRagReason() {
        return ragReason;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Set<Long> getTags() {
        return Set.copyOf(tags);
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
