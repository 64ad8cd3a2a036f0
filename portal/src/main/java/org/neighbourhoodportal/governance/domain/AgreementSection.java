package org.neighbourhoodportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One section of one version, by its key (see {@code governance.AgreementSections}). */
@Entity
@Table(name = "agreement_section")
public class AgreementSection {

    public static final int BODY_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id")
    private long versionId;

    @Column(name = "section_key", length = 40)
    private String sectionKey;

    @Column(name = "body", length = AgreementSection.BODY_LENGTH)
    private String body;

    protected AgreementSection() {
    }

    public AgreementSection(long versionId, String sectionKey, String body) {
        this.versionId = versionId;
        this.sectionKey = sectionKey;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public long getVersionId() {
        return versionId;
    }

    public String getSectionKey() {
        return sectionKey;
    }

    public String getBody() {
        return body;
    }
}
