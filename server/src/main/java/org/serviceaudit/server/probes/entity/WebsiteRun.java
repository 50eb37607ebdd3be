package org.serviceaudit.server.probes.entity;

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
import org.serviceaudit.probes.web.WebsiteResult;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * One run of a website probe. A run that cannot reach the site is done, not failed: the
 * standard scores an unreachable site as failing its checks, and the reason is kept.
 * Running a website probe again changes nothing anywhere, so a run a dead server left
 * {@code RUNNING} is simply run again.
 */
@Entity
@Table(name = "website_run")
public class WebsiteRun {

    public enum State {
        SCHEDULED, RUNNING, DONE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "probe_seq")
    @SequenceGenerator(name = "probe_seq", sequenceName = "probe_seq", allocationSize = 50)
    private long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "probe_id")
    private WebsiteProbe probe;
    @Column(name = "client_id", nullable = false)
    private long clientId;
    @Column(name = "location_id")
    private Long locationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "run_trigger", nullable = false)
    private RunTrigger trigger;
    @Column(name = "due_at", nullable = false)
    private OffsetDateTime dueAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(nullable = false)
    private String url;
    @Column(name = "started_at")
    private OffsetDateTime startedAt;
    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;
    private Boolean reachable;
    @Column(name = "failure_kind")
    private String failureKind;
    private String failure;
    private Double score;
    @Column(name = "faq_found")
    private Boolean faqFound;
    @Column(name = "faq_clicks")
    private Integer faqClicks;
    @Column(name = "faq_pairs")
    private Integer faqPairs;
    @Column(name = "topics_covered")
    private Integer topicsCovered;
    @Column(name = "topics_total")
    private Integer topicsTotal;
    @Column(name = "contact_visible")
    private Boolean contactVisible;
    @Column(name = "chat_present")
    private Boolean chatPresent;
    @Column(name = "load_millis")
    private Long loadMillis;
    private String result;
    @Version
    @Column(name = "row_version")
    private long version;

    protected WebsiteRun() {
    }

    public WebsiteRun(WebsiteProbe probe, RunTrigger trigger, Instant dueAt) {
        this.probe = probe;
        this.clientId = probe.client().id();
        this.locationId = probe.location().map(l -> l.id()).orElse(null);
        this.trigger = trigger;
        this.dueAt = dueAt.atOffset(ZoneOffset.UTC);
        this.state = State.SCHEDULED;
        this.url = probe.url();
    }

    /** Claims the run; false when it is done already. (A RUNNING run is a dead server's, and is run again.) */
    public boolean start(Instant now) {
        if (state == State.DONE) {
            return false;
        }
        state = State.RUNNING;
        startedAt = now.atOffset(ZoneOffset.UTC);
        return true;
    }

    public void done(WebsiteResult r, Instant now) {
        if (state != State.RUNNING) {
            throw new IllegalStateException("a run that is " + state.code() + " cannot be done");
        }
        state = State.DONE;
        finishedAt = now.atOffset(ZoneOffset.UTC);
        reachable = r.reachable();
        failureKind = r.failure().map(WebsiteResult.Failure::kind).orElse(null);
        failure = r.failure().map(f -> f.message().length() > 2000 ? f.message().substring(0, 2000) : f.message()).orElse(null);
        score = r.score();
        faqFound = r.faq().isPresent();
        faqClicks = r.faq().map(WebsiteResult.Faq::clicks).orElse(null);
        faqPairs = r.faq().map(f -> f.pairs().size()).orElse(0);
        topicsCovered = (int) r.topics().stream().filter(t -> t.covered()).count();
        topicsTotal = r.topics().size();
        contactVisible = r.contact().visible();
        chatPresent = r.chat().present();
        loadMillis = r.home().map(WebsiteResult.PageInfo::millis).orElse(null);
        result = r.toJson().toString();
    }

    public long id() {
        return id;
    }

    public WebsiteProbe probe() {
        return probe;
    }

    public long clientId() {
        return clientId;
    }

    public Optional<Long> locationId() {
        return Optional.ofNullable(locationId);
    }

    public RunTrigger trigger() {
        return trigger;
    }

    public Instant dueAt() {
        return dueAt.toInstant();
    }

    public State state() {
        return state;
    }

    public String url() {
        return url;
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Boolean> reachable() {
        return Optional.ofNullable(reachable);
    }

    public Optional<String> failureKind() {
        return Optional.ofNullable(failureKind);
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public Optional<Double> score() {
        return Optional.ofNullable(score);
    }

    public Optional<Boolean> faqFound() {
        return Optional.ofNullable(faqFound);
    }

    public Optional<Integer> faqClicks() {
        return Optional.ofNullable(faqClicks);
    }

    public Optional<Integer> faqPairs() {
        return Optional.ofNullable(faqPairs);
    }

    public Optional<Integer> topicsCovered() {
        return Optional.ofNullable(topicsCovered);
    }

    public Optional<Integer> topicsTotal() {
        return Optional.ofNullable(topicsTotal);
    }

    public Optional<Boolean> contactVisible() {
        return Optional.ofNullable(contactVisible);
    }

    public Optional<Boolean> chatPresent() {
        return Optional.ofNullable(chatPresent);
    }

    public Optional<Long> loadMillis() {
        return Optional.ofNullable(loadMillis);
    }

    /** The probe library's JSON of the result, once done. */
    public Optional<String> result() {
        return Optional.ofNullable(result);
    }
}
