package org.serviceaudit.server.history.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One recorded change. The username is copied in, so the record reads the same after the
 * account is renamed or disabled. Never updated or deleted.
 */
@Entity
@Table(name = "change_log")
public class Change {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_seq")
    @SequenceGenerator(name = "change_seq", sequenceName = "change_seq", allocationSize = 50)
    private long id;
    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(nullable = false)
    private String username;
    @Column(nullable = false)
    private String action;
    @Column(name = "subject_type", nullable = false)
    private String subjectType;
    @Column(name = "subject_id", nullable = false)
    private String subjectId;
    private String detail;

    protected Change() {
    }

    public Change(Instant at, long userId, String username, String action, String subjectType, String subjectId, String detail) {
        this.changedAt = at.atOffset(ZoneOffset.UTC);
        this.userId = userId;
        this.username = username;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail;
    }

    public long id() {
        return id;
    }

    public Instant changedAt() {
        return changedAt.toInstant();
    }

    public long userId() {
        return userId;
    }

    public String username() {
        return username;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}
