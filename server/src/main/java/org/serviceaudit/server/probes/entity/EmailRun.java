package org.serviceaudit.server.probes.entity;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
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
import org.serviceaudit.probes.email.Check;
import org.serviceaudit.probes.email.EmailProbeRun;
import org.serviceaudit.probes.email.Inquiry;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of an email probe: the inquiry as composed, its state, and the measures of the
 * replies (recomputed from the stored messages each time one arrives, so the row always
 * agrees with its evidence). A run is sent at most once: it is marked {@link EmailRunState#SENDING}
 * in its own transaction before the SMTP conversation starts, and a run found in that state
 * later is failed, never sent again.
 */
@Entity
@Table(name = "email_run")
public class EmailRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "probe_seq")
    @SequenceGenerator(name = "probe_seq", sequenceName = "probe_seq", allocationSize = 50)
    private long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "probe_id")
    private EmailProbe probe;
    @Column(name = "location_id", nullable = false)
    private long locationId;
    @Column(name = "client_id", nullable = false)
    private long clientId;
    @Column(name = "mailbox_id", nullable = false)
    private long mailboxId;
    @Enumerated(EnumType.STRING)
    @Column(name = "run_trigger", nullable = false)
    private RunTrigger trigger;
    @Column(name = "due_at", nullable = false)
    private OffsetDateTime dueAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EmailRunState state;
    @Column(nullable = false)
    private String token;
    @Column(nullable = false)
    private String language;
    @Column(name = "question_id", nullable = false)
    private String questionId;
    @Column(name = "customer_name", nullable = false)
    private String customerName;
    @Column(name = "from_address", nullable = false)
    private String fromAddress;
    @Column(name = "to_address", nullable = false)
    private String toAddress;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private String body;
    @Column(name = "threshold_minutes", nullable = false)
    private int thresholdMinutes;
    @Column(name = "give_up_days", nullable = false)
    private int giveUpDays;
    @Column(name = "sending_at")
    private OffsetDateTime sendingAt;
    @Column(name = "sent_at")
    private OffsetDateTime sentAt;
    @Column(name = "message_id")
    private String messageId;
    @Column(name = "give_up_at")
    private OffsetDateTime giveUpAt;
    @Column(name = "acknowledged_at")
    private OffsetDateTime acknowledgedAt;
    @Column(name = "acknowledged_after_s")
    private Long acknowledgedAfterSeconds;
    @Column(name = "replied_at")
    private OffsetDateTime repliedAt;
    @Column(name = "replied_after_s")
    private Long repliedAfterSeconds;
    @Column(name = "business_replied_after_s")
    private Long businessRepliedAfterSeconds;
    @Column(name = "bounced_at")
    private OffsetDateTime bouncedAt;
    @Column(name = "on_time")
    private Boolean onTime;
    private Double score;
    private String verdict;
    private String failure;
    private String checks;
    private String notes;
    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;
    @Column(name = "send_attempts", nullable = false)
    private int sendAttempts;
    @Column(name = "send_error")
    private String sendError;
    @Version
    @Column(name = "row_version")
    private long version;

    protected EmailRun() {
    }

    public EmailRun(EmailProbe probe, RunTrigger trigger, Instant dueAt, Inquiry inquiry) {
        this.probe = probe;
        this.locationId = probe.location().id();
        this.clientId = probe.location().client().id();
        this.mailboxId = probe.mailbox().id();
        this.trigger = trigger;
        this.dueAt = at(dueAt);
        this.state = EmailRunState.SCHEDULED;
        this.token = inquiry.token();
        this.language = inquiry.language();
        this.questionId = inquiry.questionId();
        this.customerName = inquiry.customerName();
        this.subject = inquiry.subject();
        this.body = inquiry.body();
        this.fromAddress = probe.mailbox().address();
        this.toAddress = probe.targetAddress();
        this.thresholdMinutes = Math.toIntExact(probe.threshold().toMinutes());
        this.giveUpDays = probe.giveUpDays();
    }

    /** Claims the run for sending. Returns false when it is no longer due to be sent (sent, failed, or being sent). */
    public boolean beginSending(Instant now) {
        if (state != EmailRunState.SCHEDULED) {
            return false;
        }
        state = EmailRunState.SENDING;
        sendingAt = at(now);
        return true;
    }

    public void sent(String messageId, Instant sentAt) {
        require(EmailRunState.SENDING, "sent");
        this.state = EmailRunState.SENT;
        this.messageId = messageId;
        this.sentAt = at(sentAt);
        this.giveUpAt = at(sentAt.plus(Duration.ofDays(giveUpDays)));
    }

    /**
     * The SMTP server could not be reached, so nothing was sent: the run waits to be sent
     * again. Returns the number of attempts so far.
     */
    public int notConnected(String reason) {
        require(EmailRunState.SENDING, "retried");
        state = EmailRunState.SCHEDULED;
        sendingAt = null;
        sendAttempts++;
        sendError = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        return sendAttempts;
    }

    /** The inquiry was not sent, or whether it was is unknown (the server stopped during the SMTP conversation). */
    public void fail(String reason, Instant now) {
        if (state != EmailRunState.SCHEDULED && state != EmailRunState.SENDING) {
            throw new IllegalStateException("a run that is " + state.code() + " cannot fail to be sent");
        }
        state = EmailRunState.FAILED;
        failure = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        finishedAt = at(now);
    }

    /** Takes the measures of the replies so far, as the probes library computed them from the stored messages. */
    public void measured(EmailProbeRun.Result result, boolean finished, Instant now) {
        if (sentAt == null) {
            throw new IllegalStateException("a run that is " + state.code() + " has no replies to measure");
        }
        state = EmailRunState.valueOf(result.state().name());
        acknowledgedAt = result.acknowledgedAt().map(EmailRun::at).orElse(null);
        acknowledgedAfterSeconds = result.acknowledgedAfter().map(Duration::toSeconds).orElse(null);
        repliedAt = result.repliedAt().map(EmailRun::at).orElse(null);
        repliedAfterSeconds = result.repliedAfter().map(Duration::toSeconds).orElse(null);
        businessRepliedAfterSeconds = result.businessReplyAfter().map(Duration::toSeconds).orElse(null);
        bouncedAt = state == EmailRunState.BOUNCED && bouncedAt == null ? at(now) : bouncedAt;
        onTime = result.onTime().orElse(null);
        score = result.score().orElse(null);
        verdict = result.verdict().orElse(null);
        checks = checksJson(result.checks());
        JsonArrayBuilder noteArray = Json.createArrayBuilder();
        result.notes().forEach(noteArray::add);
        notes = noteArray.build().toString();
        if (finished && finishedAt == null) {
            finishedAt = at(now);
        }
    }

    /** The inquiry as sent, with what an answer should speak of. */
    public Inquiry inquiry(List<List<String>> keywords) {
        return new Inquiry(token, language, questionId, customerName, subject, body, keywords);
    }

    /** Sent and not finished: its mailbox is watched for it. */
    public boolean active() {
        return sentAt != null && finishedAt == null && state != EmailRunState.FAILED;
    }

    /** The checks written by {@link #checksJson}. */
    public static Map<String, Check> parseChecks(String json) {
        Map<String, Check> checks = new java.util.LinkedHashMap<>();
        parse(json).asJsonObject().forEach((name, value) -> checks.put(name,
                new Check(value.asJsonObject().getBoolean("pass"), value.asJsonObject().getString("evidence"))));
        return checks;
    }

    /** A JSON array of strings, as notes and evidence are kept. */
    public static List<String> parseStrings(String json) {
        return parse(json).asJsonArray().stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    private static jakarta.json.JsonValue parse(String json) {
        try (jakarta.json.JsonReader reader = Json.createReader(new java.io.StringReader(json))) {
            return reader.readValue();
        }
    }

    public static String checksJson(Map<String, Check> checks) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        checks.forEach((name, check) -> json.add(name, Json.createObjectBuilder().add("pass", check.pass()).add("evidence", check.evidence())));
        return json.build().toString();
    }

    private void require(EmailRunState expected, String action) {
        if (state != expected) {
            throw new IllegalStateException("a run that is " + state.code() + " cannot be " + action);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Optional<Instant> instant(OffsetDateTime at) {
        return Optional.ofNullable(at).map(OffsetDateTime::toInstant);
    }

    public long id() {
        return id;
    }

    public EmailProbe probe() {
        return probe;
    }

    public long locationId() {
        return locationId;
    }

    public long clientId() {
        return clientId;
    }

    public long mailboxId() {
        return mailboxId;
    }

    public RunTrigger trigger() {
        return trigger;
    }

    public Instant dueAt() {
        return dueAt.toInstant();
    }

    public EmailRunState state() {
        return state;
    }

    public String token() {
        return token;
    }

    public String language() {
        return language;
    }

    public String questionId() {
        return questionId;
    }

    public String customerName() {
        return customerName;
    }

    public String fromAddress() {
        return fromAddress;
    }

    public String toAddress() {
        return toAddress;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Duration threshold() {
        return Duration.ofMinutes(thresholdMinutes);
    }

    public int giveUpDays() {
        return giveUpDays;
    }

    public Optional<Instant> sendingAt() {
        return instant(sendingAt);
    }

    public Optional<Instant> sentAt() {
        return instant(sentAt);
    }

    public Optional<String> messageId() {
        return Optional.ofNullable(messageId);
    }

    public Optional<Instant> giveUpAt() {
        return instant(giveUpAt);
    }

    public Optional<Instant> acknowledgedAt() {
        return instant(acknowledgedAt);
    }

    public Optional<Long> acknowledgedAfterSeconds() {
        return Optional.ofNullable(acknowledgedAfterSeconds);
    }

    public Optional<Instant> repliedAt() {
        return instant(repliedAt);
    }

    public Optional<Long> repliedAfterSeconds() {
        return Optional.ofNullable(repliedAfterSeconds);
    }

    public Optional<Long> businessRepliedAfterSeconds() {
        return Optional.ofNullable(businessRepliedAfterSeconds);
    }

    public Optional<Instant> bouncedAt() {
        return instant(bouncedAt);
    }

    public Optional<Boolean> onTime() {
        return Optional.ofNullable(onTime);
    }

    public Optional<Double> score() {
        return Optional.ofNullable(score);
    }

    public Optional<String> verdict() {
        return Optional.ofNullable(verdict);
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** JSON object of check name to {@code {pass, evidence}}; "{}" before a person replied. */
    public String checks() {
        return checks == null ? "{}" : checks;
    }

    /** JSON array of notes. */
    public String notes() {
        return notes == null ? "[]" : notes;
    }

    public Optional<Instant> finishedAt() {
        return instant(finishedAt);
    }

    /** Attempts that could not reach the SMTP server. */
    public int sendAttempts() {
        return sendAttempts;
    }

    /** Why the last attempt could not reach the SMTP server. */
    public Optional<String> sendError() {
        return Optional.ofNullable(sendError);
    }
}
