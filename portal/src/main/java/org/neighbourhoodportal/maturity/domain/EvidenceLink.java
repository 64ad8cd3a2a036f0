package org.neighbourhoodportal.maturity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A domain's link to a record of its INT, addressed as the record's timeline is: kind and id (ADR 0011). */
@Embeddable
public class EvidenceLink {

    @Column(name = "record_kind", length = 40, nullable = false)
    private String recordKind;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    protected EvidenceLink() {
    }

    public EvidenceLink(String recordKind, long recordId) {
        this.recordKind = recordKind;
        this.recordId = recordId;
    }

    public String getRecordKind() {
        return recordKind;
    }

    public long getRecordId() {
        return recordId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvidenceLink other && recordId == other.recordId && recordKind.equals(other.recordKind);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recordKind, recordId);
    }
}
