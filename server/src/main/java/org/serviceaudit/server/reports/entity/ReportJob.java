package org.serviceaudit.server.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.serviceaudit.checklists.Language;
import org.serviceaudit.server.quality.control.Period;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * One period report being made or made: which report (client, period, zone, language), for
 * whom, how far it has got, and when it ended. While it is queued or running it holds its
 * report's key, which the database keeps unique, so the same report is never made twice at once.
 */
@Entity
@Table(name = "report_job")
public class ReportJob {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    @Id
    private String id;
    @Column(name = "client_id")
    private long clientId;
    private String period;
    @Column(name = "period_from")
    private OffsetDateTime periodFrom;
    @Column(name = "period_to")
    private OffsetDateTime periodTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_unit")
    private Period.Unit periodUnit;
    @Column(name = "time_zone")
    private String timeZone;
    private String language;
    @Column(name = "running_key")
    private String runningKey;
    @Enumerated(EnumType.STRING)
    private State state;
    private double progress;
    private String stage;
    @Column(name = "requested_by")
    private long requestedBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "touched_at")
    private OffsetDateTime touchedAt;
    @Column(name = "started_at")
    private OffsetDateTime startedAt;
    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "file_size")
    private Long fileSize;
    private String failure;

    protected ReportJob() {
    }

    public ReportJob(long clientId, Period period, Language language, long requestedBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.clientId = clientId;
        this.period = period.label();
        this.periodFrom = at(period.from());
        this.periodTo = at(period.to());
        this.periodUnit = period.unit();
        this.timeZone = period.zone().getId();
        this.language = language.code();
        this.runningKey = key(clientId, period, language);
        this.state = State.QUEUED;
        this.stage = "queued";
        this.requestedBy = requestedBy;
        this.createdAt = at(now);
        this.touchedAt = at(now);
    }

    /** What makes two requests the same report. */
    public static String key(long clientId, Period period, Language language) {
        return clientId + "|" + period.from() + "|" + period.to() + "|" + period.zone().getId() + "|" + language.code();
    }

    public void start(Instant now) {
        state = State.RUNNING;
        stage = "collecting";
        startedAt = at(now);
        touchedAt = at(now);
    }

    public void progress(double done, String stage, Instant now) {
        if (state == State.RUNNING) {
            this.progress = Math.max(progress, Math.min(done, 0.99));
            this.stage = stage;
            this.touchedAt = at(now);
        }
    }

    public void done(String fileName, long size, Instant now) {
        end(State.DONE, now);
        this.progress = 1;
        this.stage = "done";
        this.fileName = fileName;
        this.fileSize = size;
    }

    public void fail(String reason, Instant now) {
        end(State.FAILED, now);
        this.stage = "failed";
        this.failure = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    }

    private void end(State state, Instant now) {
        this.state = state;
        this.runningKey = null;
        this.finishedAt = at(now);
        this.touchedAt = at(now);
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    public String id() {
        return id;
    }

    public long clientId() {
        return clientId;
    }

    public Period period() {
        return new Period(periodFrom.toInstant(), periodTo.toInstant(), period, periodUnit, ZoneId.of(timeZone));
    }

    public Language language() {
        return Language.fromCode(language).orElseThrow();
    }

    public State state() {
        return state;
    }

    public double progress() {
        return progress;
    }

    public String stage() {
        return stage;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant touchedAt() {
        return touchedAt.toInstant();
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    public Optional<Long> fileSize() {
        return Optional.ofNullable(fileSize);
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
