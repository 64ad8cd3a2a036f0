package org.neighbourhoodportal.maturity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One stage of a maturity framework version (Foundation, Step 1–3 in the PCN Maturity Matrix, to verify). */
@Entity
@Table(name = "maturity_stage")
public class MaturityStage {

    public static final int LABEL_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "framework_id", nullable = false)
    private long frameworkId;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "label", nullable = false, length = LABEL_LENGTH)
    private String label;

    @Column(name = "to_verify", nullable = false)
    private boolean toVerify;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected MaturityStage() {
    }

    public MaturityStage(long frameworkId, String code, String label, boolean toVerify, int sortOrder) {
        this.frameworkId = frameworkId;
        this.code = code;
        this.label = label;
        this.toVerify = toVerify;
        this.sortOrder = sortOrder;
    }

    /** A draft's stage renamed or moved; called only for a draft version. */
    public void relabel(String label, int sortOrder) {
        this.label = label;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public long getFrameworkId() {
        return frameworkId;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public boolean isToVerify() {
        return toVerify;
    }

    /** The stage's place in its framework: 0 for the first (Foundation); higher is further on. */
    public int getSortOrder() {
        return sortOrder;
    }
}
