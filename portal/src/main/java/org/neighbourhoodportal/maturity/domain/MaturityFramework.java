package org.neighbourhoodportal.maturity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One version of a reference framework, read-only here: the rows are the work plan's reference data ({@code
 * framework}, loaded by migrations). A new version is a new row, so an assessment tied to this id never changes.
 */
@Entity
@Immutable
@Table(name = "framework")
public class MaturityFramework {

    @Id
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "version", nullable = false, length = 40)
    private String version;

    @Column(name = "source", nullable = false, length = 500)
    private String source;

    protected MaturityFramework() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getVersion() {
        return version;
    }

    public String getSource() {
        return source;
    }
}
