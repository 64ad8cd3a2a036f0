package org.neighbourhoodportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded electronic approval: the designated signatory of an organisation signed a version (name, role, time). */
@Entity
@Table(name = "agreement_signature")
public class AgreementSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id")
    private long agreementId;

    @Column(name = "version_number")
    private int versionNumber;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "signer_id")
    private long signerId;

    @Column(name = "signer_name", length = 200)
    private String signerName;

    @Column(name = "signer_role", length = 200)
    private String signerRole;

    @Column(name = "signed_at")
    private Instant signedAt;

    protected AgreementSignature() {
    }

    public AgreementSignature(long agreementId, int versionNumber, long organisationId, long signerId, String signerName, String signerRole, Instant signedAt) {
        this.agreementId = agreementId;
        this.versionNumber = versionNumber;
        this.organisationId = organisationId;
        this.signerId = signerId;
        this.signerName = signerName;
        this.signerRole = signerRole;
        this.signedAt = signedAt;
    }

    public Long getId() {
        return id;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getSignerId() {
        return signerId;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerRole() {
        return signerRole;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
