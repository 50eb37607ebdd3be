package org.serviceaudit.server.audits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A filled checklist as received, with its score. Immutable once stored.
 *
 * <p>The id is the UUID the client generated, and the primary key: storing the same
 * submission twice fails in the database, whatever the timing, which is what makes retries
 * safe. The content hash tells a retry (same content) from a reused id (different content).
 */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    private String id;
    @Column(name = "audit_id", nullable = false)
    private long auditId;
    @Column(name = "content_hash", nullable = false)
    private String contentHash;
    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;
    /** The API view of this submission (answers, score, breakdown), as JSON. */
    @Column(nullable = false)
    private String document;
    private Double score;
    private String band;

    protected Submission() {
    }

    public Submission(String id, long auditId, String contentHash, Instant receivedAt, String document, Double score, String band) {
        this.id = id;
        this.auditId = auditId;
        this.contentHash = contentHash;
        this.receivedAt = receivedAt.atOffset(ZoneOffset.UTC);
        this.document = document;
        this.score = score;
        this.band = band;
    }

    public String id() {
        return id;
    }

    public long auditId() {
        return auditId;
    }

    /** Whether a resubmission with this id is a retry of this one rather than different content. */
    public boolean sameAs(long auditId, String contentHash) {
        return this.auditId == auditId && this.contentHash.equals(contentHash);
    }

    public Instant receivedAt() {
        return receivedAt.toInstant();
    }

    public String document() {
        return document;
    }

    public Optional<Double> score() {
        return Optional.ofNullable(score);
    }

    public Optional<String> band() {
        return Optional.ofNullable(band);
    }
}
