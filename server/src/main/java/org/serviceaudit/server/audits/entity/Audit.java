package org.serviceaudit.server.audits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.serviceaudit.checklists.Band;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.accounts.entity.User;
import org.serviceaudit.server.clients.entity.Location;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One checklist to be filled for a location by an auditor within a due window.
 *
 * <p>The status changes only through {@link #submit}, {@link #approve}, {@link #returnToAuditor}
 * and {@link #publish}, each of which checks the transition. The version column makes two
 * concurrent changes of one audit fail rather than overwrite each other.
 */
@Entity
@Table(name = "audit")
public class Audit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    private long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    private Location location;

    @Column(name = "template_id", nullable = false)
    private String templateId;
    @Column(name = "template_version", nullable = false)
    private int templateVersion;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "auditor_id")
    private User auditor;
    @Column(name = "due_from", nullable = false)
    private OffsetDateTime dueFrom;
    @Column(name = "due_to", nullable = false)
    private OffsetDateTime dueTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditStatus status;

    @Column(name = "submission_id")
    private String submissionId;
    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;
    private Double score;
    private String band;

    private String reviewer;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Audit() {
    }

    public Audit(Location location, String templateId, int templateVersion, User auditor, Instant dueFrom, Instant dueTo,
                 Instant createdAt) {
        if (!dueFrom.isBefore(dueTo)) {
            throw new IllegalArgumentException("the due window must end after it starts");
        }
        requireAuditor(auditor);
        this.location = location;
        this.templateId = templateId;
        this.templateVersion = templateVersion;
        this.auditor = auditor;
        this.dueFrom = utc(dueFrom);
        this.dueTo = utc(dueTo);
        this.status = AuditStatus.ASSIGNED;
        this.createdAt = utc(createdAt);
    }

    /** Gives the audit to another auditor, while it is theirs to fill: assigned, or returned for corrections. */
    public void reassign(User auditor) {
        requireAuditor(auditor);
        require("reassign", EnumSet.of(AuditStatus.ASSIGNED, AuditStatus.RETURNED));
        this.auditor = auditor;
    }

    private static void requireAuditor(User user) {
        if (user.role() != Role.AUDITOR) {
            throw new IllegalArgumentException(user.username() + " is not an auditor");
        }
    }

    /** A submission arrived: from assigned, or from returned for a corrected one. */
    public void submit(String submissionId, Double score, Band band, Instant at) {
        require("submit", EnumSet.of(AuditStatus.ASSIGNED, AuditStatus.RETURNED));
        this.status = AuditStatus.SUBMITTED;
        this.submissionId = submissionId;
        this.submittedAt = utc(at);
        this.score = score;
        this.band = band == null ? null : band.code();
    }

    public void approve(String reviewer, String comment, Instant at) {
        require("approve", EnumSet.of(AuditStatus.SUBMITTED));
        this.status = AuditStatus.APPROVED;
        review(reviewer, comment, at);
    }

    /** Sends the audit back to the auditor; the comment says what to fix, so it is required. */
    public void returnToAuditor(String reviewer, String comment, Instant at) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("a returned audit needs a comment for the auditor");
        }
        require("return", EnumSet.of(AuditStatus.SUBMITTED));
        this.status = AuditStatus.RETURNED;
        review(reviewer, comment, at);
    }

    public void publish(String by, Instant at) {
        require("publish", EnumSet.of(AuditStatus.APPROVED));
        this.status = AuditStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = utc(at);
    }

    private void review(String reviewer, String comment, Instant at) {
        this.reviewer = reviewer;
        this.reviewComment = comment;
        this.reviewedAt = utc(at);
    }

    private void require(String action, Set<AuditStatus> allowedFrom) {
        if (!allowedFrom.contains(status)) {
            throw new InvalidTransitionException(id, status, action, allowedFrom);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    public long id() {
        return id;
    }

    public Location location() {
        return location;
    }

    public String templateId() {
        return templateId;
    }

    public int templateVersion() {
        return templateVersion;
    }

    public User auditor() {
        return auditor;
    }

    public Instant dueFrom() {
        return dueFrom.toInstant();
    }

    public Instant dueTo() {
        return dueTo.toInstant();
    }

    public AuditStatus status() {
        return status;
    }

    public Optional<String> submissionId() {
        return Optional.ofNullable(submissionId);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(instant(submittedAt));
    }

    public Optional<Double> score() {
        return Optional.ofNullable(score);
    }

    public Optional<String> band() {
        return Optional.ofNullable(band);
    }

    public Optional<String> reviewer() {
        return Optional.ofNullable(reviewer);
    }

    public Optional<String> reviewComment() {
        return Optional.ofNullable(reviewComment);
    }

    public Optional<Instant> reviewedAt() {
        return Optional.ofNullable(instant(reviewedAt));
    }

    public Optional<String> publishedBy() {
        return Optional.ofNullable(publishedBy);
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(instant(publishedAt));
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
