package org.neighbourhoodportal.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.neighbourhoodportal.directory.Sector;

@Entity
@Audited
@Table(name = "organisation")
public class Organisation {

    public static final int NAME_LENGTH = 200;
    public static final int ODS_CODE_LENGTH = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "sector", nullable = false, length = 40)
    private Sector sector;

    /** The NHS Organisation Data Service code, where the organisation has one. */
    @Column(name = "ods_code", length = ODS_CODE_LENGTH)
    private String odsCode;

    protected Organisation() {
    }

    public Organisation(String name, Sector sector) {
        this.name = name;
        this.sector = sector;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Sector getSector() {
        return sector;
    }

    public String getOdsCode() {
        return odsCode;
    }

    /** An administrator renames the organisation, changes its sector or sets its ODS code ({@code null}: none). */
    public void update(String name, Sector sector, String odsCode) {
        this.name = name;
        this.sector = sector;
        this.odsCode = odsCode;
    }
}
