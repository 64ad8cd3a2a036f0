package org.neighbourhoodportal.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One change to the directory as Hibernate Envers records it: when, and who acted (nobody named when the portal
 * itself made it, for instance at the first start). The records' states before and after are in the {@code *_aud}
 * tables under this revision's number.
 */
@Entity
@RevisionEntity(AuditRevisionListener.class)
@Table(name = "audit_revision")
public class AuditRevision {

    public static final int ACTOR_NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "revision_at", nullable = false)
    private long revisionAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", length = ACTOR_NAME_LENGTH)
    private String actorName;

    public Long getId() {
        return id;
    }

    public long getRevisionAt() {
        return revisionAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    void actedBy(Long actorId, String actorName) {
        this.actorId = actorId;
        this.actorName = actorName == null || actorName.length() <= ACTOR_NAME_LENGTH ? actorName
                : actorName.substring(0, ACTOR_NAME_LENGTH);
    }
}
