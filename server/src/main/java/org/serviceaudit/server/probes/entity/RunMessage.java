package org.serviceaudit.server.probes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.serviceaudit.probes.email.MessageClass;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A message matched to a run, kept as evidence: when it arrived, how it was matched and
 * classified and why, the grade of a person's reply, its headers and its text.
 */
@Entity
@Table(name = "email_run_message")
public class RunMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "probe_seq")
    @SequenceGenerator(name = "probe_seq", sequenceName = "probe_seq", allocationSize = 50)
    private long id;

    @Column(name = "run_id", nullable = false)
    private long runId;
    @Column(name = "dedupe_key", nullable = false)
    private String dedupeKey;
    @Column(name = "arrived_at", nullable = false)
    private OffsetDateTime arrivedAt;
    @Column(name = "imap_uid", nullable = false)
    private long imapUid;
    @Column(name = "message_id")
    private String messageId;
    private String sender;
    private String subject;
    @Column(name = "matched_by", nullable = false)
    private String matchedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "message_class", nullable = false)
    private MessageClass messageClass;
    @Column(name = "final_bounce", nullable = false)
    private boolean finalBounce;
    @Column(nullable = false)
    private String evidence;
    private String checks;
    @Column(nullable = false)
    private String headers;
    @Column(nullable = false)
    private String text;

    protected RunMessage() {
    }

    /**
     * @param evidence JSON array of why it was classified so
     * @param checks   JSON object of the grade, for a person's reply
     */
    public RunMessage(long runId, String dedupeKey, Instant arrivedAt, long imapUid, String messageId, String sender, String subject,
                      String matchedBy, MessageClass messageClass, boolean finalBounce, String evidence, String checks,
                      String headers, String text) {
        this.runId = runId;
        this.dedupeKey = clip(dedupeKey, 1000);
        this.arrivedAt = arrivedAt.atOffset(ZoneOffset.UTC);
        this.imapUid = imapUid;
        this.messageId = clip(messageId, 1000);
        this.sender = clip(sender, 1000);
        this.subject = clip(subject, 1000);
        this.matchedBy = clip(matchedBy, 50);
        this.messageClass = messageClass;
        this.finalBounce = finalBounce;
        this.evidence = evidence;
        this.checks = checks;
        this.headers = clip(headers, 100_000);
        this.text = clip(text, 1_000_000);
    }

    /** Cuts untrusted text to its column; a reply is evidence, and 1 MB of it is plenty. */
    private static String clip(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    public long id() {
        return id;
    }

    public long runId() {
        return runId;
    }

    public Instant arrivedAt() {
        return arrivedAt.toInstant();
    }

    public Optional<String> messageId() {
        return Optional.ofNullable(messageId);
    }

    public Optional<String> sender() {
        return Optional.ofNullable(sender);
    }

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public String matchedBy() {
        return matchedBy;
    }

    public MessageClass messageClass() {
        return messageClass;
    }

    public boolean finalBounce() {
        return finalBounce;
    }

    public String evidence() {
        return evidence;
    }

    public Optional<String> checks() {
        return Optional.ofNullable(checks);
    }

    public String headers() {
        return headers;
    }

    public String text() {
        return text;
    }
}
