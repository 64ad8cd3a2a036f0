package org.neighbourhoodportal.maturity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One domain of a maturity framework version (a {@code framework_item} row), read-only here. */
@Entity
@Immutable
@Table(name = "framework_item")
public class MaturityDomain {

    @Id
    private Long id;

    @Column(name = "framework_id", nullable = false)
    private long frameworkId;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected MaturityDomain() {
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

    public int getSortOrder() {
        return sortOrder;
    }
}
