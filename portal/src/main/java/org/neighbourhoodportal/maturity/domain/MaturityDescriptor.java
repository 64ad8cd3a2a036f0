package org.neighbourhoodportal.maturity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What good looks like in one domain at one stage of a framework version. */
@Entity
@Table(name = "maturity_descriptor")
public class MaturityDescriptor {

    public static final int DESCRIPTOR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "framework_item_id", nullable = false)
    private long domainId;

    @Column(name = "stage_id", nullable = false)
    private long stageId;

    @Column(name = "descriptor", nullable = false, length = DESCRIPTOR_LENGTH)
    private String descriptor;

    @Column(name = "to_verify", nullable = false)
    private boolean toVerify;

    protected MaturityDescriptor() {
    }

    public MaturityDescriptor(long domainId, long stageId, String descriptor, boolean toVerify) {
        this.domainId = domainId;
        this.stageId = stageId;
        this.descriptor = descriptor;
        this.toVerify = toVerify;
    }

    /**
     * A draft's descriptor rewritten (called only for a draft version): the administrator's own words, so no longer
     * marked to verify.
     */
    public void rewrite(String descriptor) {
        if (!descriptor.equals(this.descriptor)) {
            this.descriptor = descriptor;
            this.toVerify = false;
        }
    }

    public Long getId() {
        return id;
    }

    public long getDomainId() {
        return domainId;
    }

    public long getStageId() {
        return stageId;
    }

    public String getDescriptor() {
        return descriptor;
    }

    public boolean isToVerify() {
        return toVerify;
    }
}
