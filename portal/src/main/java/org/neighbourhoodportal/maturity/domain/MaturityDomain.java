package org.neighbourhoodportal.maturity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One domain of a maturity framework version (a {@code framework_item} row). Only a draft version's domains are
 * changed (by {@code maturity.FrameworkAdministration}, which checks the version is a draft).
 */
@Entity
@Table(name = "framework_item")
public class MaturityDomain {

    public static final int TITLE_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "framework_id", nullable = false)
    private long frameworkId;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "to_verify", nullable = false)
    private boolean toVerify;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected MaturityDomain() {
    }

    public MaturityDomain(long frameworkId, String code, String title, String description, boolean toVerify,
                          int sortOrder) {
        this.frameworkId = frameworkId;
        this.code = code;
        this.title = title;
        this.description = description;
        this.toVerify = toVerify;
        this.sortOrder = sortOrder;
    }

    /** A draft's domain renamed or moved; called only for a draft version. */
    public void retitle(String title, int sortOrder) {
        this.title = title;
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

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public boolean isToVerify() {
        return toVerify;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
