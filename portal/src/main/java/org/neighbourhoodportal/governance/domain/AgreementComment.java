package org.neighbourhoodportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An organisation's answer in a comment round: a comment on a section (an objection or not), or no objection (no section). */
@Entity
@Table(name = "agreement_comment")
public class AgreementComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id")
    private long agreementId;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "version_number")
    private int versionNumber;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "section_key", length = 40)
    private String sectionKey;

    @Column(name = "body", length = 4000)
    private String body;

    @Column(name = "objection")
    private boolean objection;

    @Column(name = "author_id")
    private long authorId;

    @Column(name = "commented_at")
    private Instant commentedAt;

    protected AgreementComment() {
    }

    public AgreementComment(long agreementId, long roundId, int versionNumber, long organisationId, String sectionKey, String body, boolean objection, long authorId, Instant commentedAt) {
        this.agreementId = agreementId;
        this.roundId = roundId;
        this.versionNumber = versionNumber;
        this.organisationId = organisationId;
        this.sectionKey = sectionKey;
        this.body = body;
        this.objection = objection;
        this.authorId = authorId;
        this.commentedAt = commentedAt;
    }

    public Long getId() {
        return id;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public long getRoundId() {
        return roundId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getSectionKey() {
        return sectionKey;
    }

    public String getBody() {
        return body;
    }

    public boolean isObjection() {
        return objection;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getCommentedAt() {
        return commentedAt;
    }
}
