package org.neighbourhoodportal.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

@Entity
@Audited
@Table(name = "person")
public class Person {

    public static final int EMAIL_LENGTH = 200;
    public static final int NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email", nullable = false, length = EMAIL_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = NAME_LENGTH)
    private String displayName;

    @Column(name = "job_title", length = 200)
    private String jobTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @NotAudited // a secret: never copied into the audit history
    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "demo_account", nullable = false)
    private boolean demoAccount;

    /** When an administrator switched the account off; {@code null} while it is in use. */
    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    protected Person() {
    }

    public Person(String email, String displayName, String jobTitle, Organisation organisation, String passwordHash,
                  boolean demoAccount) {
        this.email = email;
        this.displayName = displayName;
        this.jobTitle = jobTitle;
        this.organisation = organisation;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.demoAccount = demoAccount;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemoAccount() {
        return demoAccount;
    }

    // ---- directory administration (issue 9) ----

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    /** An administrator or the person's lead corrects their name, job title or organisation. */
    public void update(String email, String displayName, String jobTitle, Organisation organisation) {
        this.email = email;
        this.displayName = displayName;
        this.jobTitle = jobTitle;
        this.organisation = organisation;
    }

    /** Switches the account off: the person cannot sign in or act; their records and history stay. */
    public void deactivate(Instant at) {
        this.enabled = false;
        this.deactivatedAt = at;
    }

    /** Switches the account back on. */
    public void reactivate() {
        this.enabled = true;
        this.deactivatedAt = null;
    }
}
