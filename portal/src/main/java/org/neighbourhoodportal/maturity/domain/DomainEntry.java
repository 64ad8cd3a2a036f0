package org.neighbourhoodportal.maturity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** One domain of an assessment: its owner, the current and target stage, evidence, support needed, questions. */
@Entity
@Table(name = "maturity_domain_entry")
public class DomainEntry {

    public static final int EVIDENCE_LENGTH = 4000;
    public static final int SUPPORT_LENGTH = 2000;
    public static final int QUESTION_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private long assessmentId;

    @Column(name = "framework_item_id", nullable = false)
    private long domainId;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "current_stage_id")
    private Long currentStageId;

    @Column(name = "target_stage_id")
    private Long targetStageId;

    @Column(name = "evidence", length = EVIDENCE_LENGTH)
    private String evidence;

    @Column(name = "support_needed", length = SUPPORT_LENGTH)
    private String supportNeeded;

    @Column(name = "lead_question", length = QUESTION_LENGTH)
    private String leadQuestion;

    @Column(name = "icb_comment", length = QUESTION_LENGTH)
    private String icbComment;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    /** What the lead decided about the proposed work plan priority: null (not yet), ACCEPTED or DECLINED. */
    @Column(name = "gap_decision", length = 20)
    private String gapDecision;

    @Column(name = "gap_priority_id")
    private Long gapPriorityId;

    /** Records of the INT the owner points to as evidence (feedback loops closed, consultations run). */
    @ElementCollection
    @CollectionTable(name = "maturity_evidence_link", joinColumns = @JoinColumn(name = "entry_id"))
    private Set<EvidenceLink> evidenceLinks = new HashSet<>();

    protected DomainEntry() {
    }

    public DomainEntry(long assessmentId, long domainId, long ownerId) {
        this.assessmentId = assessmentId;
        this.domainId = domainId;
        this.ownerId = ownerId;
    }

    public void record(long currentStageId, long targetStageId, String evidence, String supportNeeded, long by,
                       Instant at) {
        this.currentStageId = currentStageId;
        this.targetStageId = targetStageId;
        this.evidence = evidence;
        this.supportNeeded = supportNeeded;
        this.recordedBy = by;
        this.recordedAt = at;
        this.leadQuestion = null;
    }

    /** Replaces the evidence links with these. */
    public void linkEvidence(Set<EvidenceLink> links) {
        evidenceLinks.clear();
        evidenceLinks.addAll(links);
    }

    public Set<EvidenceLink> getEvidenceLinks() {
        return Set.copyOf(evidenceLinks);
    }

    public void askLead(String question) {
        this.leadQuestion = question;
    }

    public void commentIcb(String comment) {
        this.icbComment = comment;
    }

    public void gapAccepted(long priorityId) {
        this.gapDecision = "ACCEPTED";
        this.gapPriorityId = priorityId;
    }

    public void gapDeclined() {
        this.gapDecision = "DECLINED";
        this.gapPriorityId = null;
    }

    public String getGapDecision() {
        return gapDecision;
    }

    public Long getGapPriorityId() {
        return gapPriorityId;
    }

    public boolean isRecorded() {
        return currentStageId != null && targetStageId != null;
    }

    public Long getId() {
        return id;
    }

    public long getAssessmentId() {
        return assessmentId;
    }

    public long getDomainId() {
        return domainId;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public Long getCurrentStageId() {
        return currentStageId;
    }

    public Long getTargetStageId() {
        return targetStageId;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getSupportNeeded() {
        return supportNeeded;
    }

    public String getLeadQuestion() {
        return leadQuestion;
    }

    public String getIcbComment() {
        return icbComment;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
