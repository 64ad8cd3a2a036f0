package org.neighbourhoodportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** When a version of a ToR or MoU came into force: the history a meeting's quorum is checked against. */
@Entity
@Table(name = "agreement_in_force")
public class AgreementInForce {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", nullable = false)
    private long agreementId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "in_force_from", nullable = false)
    private LocalDate inForceFrom;

    protected AgreementInForce() {
    }

    public AgreementInForce(long agreementId, int versionNumber, LocalDate inForceFrom) {
        this.agreementId = agreementId;
        this.versionNumber = versionNumber;
        this.inForceFrom = inForceFrom;
    }

    public Long getId() { return id; }
    public long getAgreementId() { return agreementId; }
    public int getVersionNumber() { return versionNumber; }
    public LocalDate getInForceFrom() { return inForceFrom; }
}
