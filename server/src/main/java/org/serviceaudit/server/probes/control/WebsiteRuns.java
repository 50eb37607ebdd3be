package org.serviceaudit.server.probes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.serviceaudit.probes.web.Topics;
import org.serviceaudit.probes.web.WebsiteProbe.Settings;
import org.serviceaudit.probes.web.WebsiteResult;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.history.control.ChangeLog;
import org.serviceaudit.server.platform.Entities;
import org.serviceaudit.server.probes.entity.RunTrigger;
import org.serviceaudit.server.probes.entity.WebsiteProbe;
import org.serviceaudit.server.probes.entity.WebsiteRun;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The transactions of website probe runs: create (once per due time), claim, record the result. */
@ApplicationScoped
@Transactional
public class WebsiteRuns {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    ChangeLog changes;

    /** What a run needs, read when it is claimed. */
    public record Order(long runId, String url, Settings settings) {
    }

    /** The run of a schedule's due time, created once. */
    public Optional<Long> due(long probeId, Instant dueAt) {
        WebsiteProbe probe = em.find(WebsiteProbe.class, probeId);
        if (probe == null || !probe.enabled() || probe.schedule().isEmpty()) {
            return Optional.empty();
        }
        Optional<WebsiteRun> existing = em.createQuery("select r from WebsiteRun r where r.probe.id = :probe and r.dueAt = :due",
                WebsiteRun.class).setParameter("probe", probeId).setParameter("due", dueAt.atOffset(ZoneOffset.UTC))
                .getResultStream().findFirst();
        return Optional.of(existing.orElseGet(() -> create(probe, RunTrigger.SCHEDULE, dueAt)).id());
    }

    /** A run started by hand, due now. */
    public WebsiteRun start(long probeId, Caller by) {
        WebsiteProbe probe = Entities.require(em, WebsiteProbe.class, probeId, "website probe");
        WebsiteRun run = create(probe, RunTrigger.MANUAL, clock.instant());
        changes.record(by, "website-run.started", "website-run", run.id(), "probe " + probeId);
        return run;
    }

    private WebsiteRun create(WebsiteProbe probe, RunTrigger trigger, Instant dueAt) {
        WebsiteRun run = new WebsiteRun(probe, trigger, dueAt);
        em.persist(run);
        em.flush();
        return run;
    }

    public Optional<Order> claim(long runId) {
        WebsiteRun run = em.find(WebsiteRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || !run.start(clock.instant())) {
            return Optional.empty();
        }
        WebsiteProbe probe = run.probe();
        return Optional.of(new Order(runId, run.url(), settings(probe)));
    }

    public void done(long runId, WebsiteResult result) {
        em.find(WebsiteRun.class, runId, LockModeType.PESSIMISTIC_WRITE).done(result, clock.instant());
    }

    /** Runs created but not done: after a restart each gets its task again. */
    public List<Long> pending() {
        return em.createQuery("select r.id from WebsiteRun r where r.state <> :done order by r.id", Long.class)
                .setParameter("done", WebsiteRun.State.DONE).getResultList();
    }

    /** The next due time after {@code after}; empty when the probe is no longer scheduled. */
    public Optional<Instant> nextDue(long probeId, Instant after) {
        WebsiteProbe probe = em.find(WebsiteProbe.class, probeId);
        if (probe == null || !probe.enabled() || probe.schedule().isEmpty()) {
            return Optional.empty();
        }
        Instant from = after.isAfter(clock.instant()) ? after : clock.instant();
        return Optional.of(ProbeScheduler.next(ProbeScheduler.cron(probe.schedule().get(), probe.timeZone()), from));
    }

    static Settings settings(WebsiteProbe probe) {
        Settings defaults = Settings.DEFAULT;
        Topics topics = probe.topics().map(json -> Topics.read(new StringReader(json))).orElse(Topics.standard());
        return new Settings(probe.maxClicks(), defaults.maxPages(), probe.findableClicks(), probe.minPairs(), defaults.maxLix(),
                defaults.maxLixCyrillic(), topics);
    }
}
