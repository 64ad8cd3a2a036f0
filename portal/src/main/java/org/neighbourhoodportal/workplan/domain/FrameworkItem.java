package org.neighbourhoodportal.workplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One offer, component, domain or local objective a priority can be tagged with. */
@Entity
@Table(name = "framework_item")
public class FrameworkItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "framework_id", nullable = false)
    private long frameworkId;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "to_verify", nullable = false)
    private boolean toVerify;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected FrameworkItem() {
    }

    public FrameworkItem(long frameworkId, String code, String title, String description, int sortOrder) {
        this.frameworkId = frameworkId;
        this.code = code;
        this.title = title;
        this.description = description;
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
