package org.serviceaudit.server.probes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.serviceaudit.server.clients.entity.Location;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * An email probe of one location: which address to write to, as whom, in which language,
 * from which probe mailbox, when (a cron schedule in the location's time zone, or only by
 * hand), and what counts as on time.
 */
@Entity
@Table(name = "email_probe")
public class EmailProbe {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "probe_seq")
    @SequenceGenerator(name = "probe_seq", sequenceName = "probe_seq", allocationSize = 50)
    private long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    private Location location;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mailbox_id")
    private Mailbox mailbox;
    @Column(name = "target_address", nullable = false)
    private String targetAddress;
    @Column(nullable = false)
    private String language;
    @Column(name = "question_id")
    private String questionId;
    @Column(name = "customer_name", nullable = false)
    private String customerName;
    private String signature;
    private String schedule;
    @Column(name = "threshold_minutes", nullable = false)
    private int thresholdMinutes;
    @Column(name = "give_up_days", nullable = false)
    private int giveUpDays;
    @Column(nullable = false)
    private boolean enabled;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Version
    @Column(name = "row_version")
    private long version;

    protected EmailProbe() {
    }

    public EmailProbe(Location location, Definition definition, Instant createdAt) {
        this.location = location;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        update(definition);
    }

    /**
     * What staff set; validated at the boundary.
     *
     * @param questionId empty: each run asks the next question of the language in turn
     * @param schedule   a cron expression in the location's time zone; empty: by hand only
     */
    public record Definition(Mailbox mailbox, String targetAddress, String language, Optional<String> questionId,
                             String customerName, Optional<String> signature, Optional<String> schedule, Duration threshold,
                             int giveUpDays, boolean enabled) {
    }

    public void update(Definition d) {
        this.mailbox = d.mailbox();
        this.targetAddress = d.targetAddress();
        this.language = d.language();
        this.questionId = d.questionId().orElse(null);
        this.customerName = d.customerName();
        this.signature = d.signature().orElse(null);
        this.schedule = d.schedule().orElse(null);
        this.thresholdMinutes = Math.toIntExact(d.threshold().toMinutes());
        this.giveUpDays = d.giveUpDays();
        this.enabled = d.enabled();
    }

    public long id() {
        return id;
    }

    public Location location() {
        return location;
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    public String targetAddress() {
        return targetAddress;
    }

    public String language() {
        return language;
    }

    public Optional<String> questionId() {
        return Optional.ofNullable(questionId);
    }

    public String customerName() {
        return customerName;
    }

    /** The sign-off under the inquiry; the customer's name when none is set. */
    public String signature() {
        return signature == null ? customerName : signature;
    }

    public Optional<String> ownSignature() {
        return Optional.ofNullable(signature);
    }

    public Optional<String> schedule() {
        return Optional.ofNullable(schedule);
    }

    public Duration threshold() {
        return Duration.ofMinutes(thresholdMinutes);
    }

    public int giveUpDays() {
        return giveUpDays;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
