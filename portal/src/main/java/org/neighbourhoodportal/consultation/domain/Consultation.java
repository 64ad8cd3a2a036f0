package org.neighbourhoodportal.consultation.domain;

import static org.neighbourhoodportal.consultation.ConsultationLimits.*;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.neighbourhoodportal.consultation.ConsultationAudience;
import org.neighbourhoodportal.consultation.ConsultationStatus;

/** A consultation the INT runs with its member organisations and/or PPGs on a strategy or proposal. */
@Entity
@Table(name = "consultation")
public class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    /** The member organisation consulting through the INT; null when the INT itself consults. */
    @Column(name = "consulting_org_id")
    private Long consultingOrgId;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "summary", nullable = false, columnDefinition = "text")
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, length = 20)
    private ConsultationAudience audience;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "formative_statement", length = STATEMENT_LENGTH)
    private String formativeStatement;

    @Column(name = "short_window_reason", length = STATEMENT_LENGTH)
    private String shortWindowReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ConsultationStatus status;

    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "launched_at")
    private Instant launchedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "outcome_summary", columnDefinition = "text")
    private String outcomeSummary;

    @Column(name = "outcome_published_at")
    private Instant outcomePublishedAt;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** The work plan priorities its outcome changed. */
    @ElementCollection
    @CollectionTable(name = "consultation_priority", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "priority_id")
    private Set<Long> priorityIds = new HashSet<>();

    public Set<Long> getPriorityIds() {
        return Set.copyOf(priorityIds);
    }

    public void linkPriorities(Set<Long> ids) {
        priorityIds.clear();
        priorityIds.addAll(ids);
    }

    protected Consultation() {
    }

    public Consultation(long teamId, long createdBy, Instant createdAt) {
        this.teamId = teamId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = ConsultationStatus.DRAFT;
    }

    /** Sets what the consultation is; any earlier approval lapses, since the lead approved something else. */
    public void describe(Long consultingOrgId, String title, String summary, ConsultationAudience audience,
                         LocalDate opensOn, LocalDate closesOn, String formativeStatement, String shortWindowReason) {
        this.consultingOrgId = consultingOrgId;
        this.title = title;
        this.summary = summary;
        this.audience = audience;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.formativeStatement = formativeStatement;
        this.shortWindowReason = shortWindowReason;
        this.approvedBy = null;
        this.approvedAt = null;
    }

    public void approve(long personId, Instant at) {
        this.approvedBy = personId;
        this.approvedAt = at;
    }

    public void launch(Instant at) {
        this.status = ConsultationStatus.OPEN;
        this.launchedAt = at;
    }

    public void extendTo(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public void close(Instant at) {
        if (status == ConsultationStatus.OPEN) {
            this.status = ConsultationStatus.CLOSED;
            this.closedAt = at;
        }
    }

    public void closeWithoutResponses(String note) {
        this.status = ConsultationStatus.CLOSED_WITHOUT_RESPONSES;
        this.outcomeSummary = note;
    }

    public void writeOutcome(String summary) {
        this.outcomeSummary = summary;
    }

    public void publishOutcome(Instant at) {
        this.status = ConsultationStatus.OUTCOME_PUBLISHED;
        this.outcomePublishedAt = at;
    }

    public Long getId() { return id; }
    public long getTeamId() { return teamId; }
    public Long getConsultingOrgId() { return consultingOrgId; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public ConsultationAudience getAudience() { return audience; }
    public LocalDate getOpensOn() { return opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public String getFormativeStatement() { return formativeStatement; }
    public String getShortWindowReason() { return shortWindowReason; }
    public ConsultationStatus getStatus() { return status; }
    public Long getApprovedBy() { return approvedBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public Instant getLaunchedAt() { return launchedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getOutcomeSummary() { return outcomeSummary; }
    public Instant getOutcomePublishedAt() { return outcomePublishedAt; }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
