package org.serviceaudit.server.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceaudit.checklists.Language;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.platform.Entities;
import org.serviceaudit.server.quality.control.Period;
import org.serviceaudit.server.reports.entity.ReportJob;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The report jobs' rows, each change in its own transaction so that pollers see progress as
 * it happens. A job that has shown no progress for {@link #SILENT} belongs to a server that
 * stopped while making it: asking for the same report again fails it and starts a new one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReportJobs {

    /** Far longer than any stage takes (the largest report is made in about a second). */
    static final Duration SILENT = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "serviceaudit.reports.keep", defaultValue = "P7D")
    Duration keep;

    /** @param created false: the same report was already being made, and this is that job */
    public record Requested(ReportJob job, boolean created) {
    }

    /**
     * The job making this report now, or a new one. Two members creating the same report at
     * the same moment: the database refuses the second row and this throws; ask again.
     */
    public Requested request(long clientId, Period period, Language language, long userId) {
        Instant now = clock.instant();
        Optional<ReportJob> running = byKey(clientId, period, language, LockModeType.PESSIMISTIC_WRITE);
        if (running.isPresent()) {
            if (running.get().touchedAt().plus(SILENT).isAfter(now)) {
                return new Requested(running.get(), false);
            }
            running.get().fail("the server making it stopped before it was done", now);
            em.flush();
        }
        em.createQuery("delete from ReportJob j where j.finishedAt < :before")
                .setParameter("before", now.minus(keep).atOffset(ZoneOffset.UTC)).executeUpdate();
        ReportJob job = new ReportJob(clientId, period, language, userId, now);
        em.persist(job);
        em.flush();
        return new Requested(job, true);
    }

    public Optional<ReportJob> running(long clientId, Period period, Language language) {
        return byKey(clientId, period, language, LockModeType.NONE);
    }

    private Optional<ReportJob> byKey(long clientId, Period period, Language language, LockModeType lock) {
        return em.createQuery("select j from ReportJob j where j.runningKey = :key", ReportJob.class)
                .setParameter("key", ReportJob.key(clientId, period, language)).setLockMode(lock).getResultStream().findFirst();
    }

    /** A job, if the caller may see it: admins any, a manager their client's (like the client itself). */
    public Optional<ReportJob> visible(Caller caller, String id) {
        return Optional.ofNullable(em.find(ReportJob.class, id))
                .filter(j -> !caller.is(Role.MANAGER) || j.clientId() == caller.client());
    }

    /** The newest jobs the caller may see, of one client or all. */
    public List<ReportJob> list(Caller caller, Optional<Long> clientId, int limit) {
        Optional<Long> client = caller.is(Role.MANAGER) ? Optional.of(caller.client()) : clientId;
        if (clientId.isPresent() && client.isPresent() && !clientId.equals(client)) {
            return List.of();
        }
        var query = em.createQuery("select j from ReportJob j" + (client.isPresent() ? " where j.clientId = :client" : "")
                + " order by j.createdAt desc, j.id", ReportJob.class);
        client.ifPresent(c -> query.setParameter("client", c));
        return query.setMaxResults(limit).getResultList();
    }

    /** Marks a queued job running; empty when it is not queued (someone else took it, or it was failed). */
    public Optional<ReportJob> start(String id) {
        ReportJob job = em.find(ReportJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.state() != ReportJob.State.QUEUED) {
            return Optional.empty();
        }
        job.start(clock.instant());
        return Optional.of(job);
    }

    public void progress(String id, double done, String stage) {
        Optional.ofNullable(em.find(ReportJob.class, id)).ifPresent(j -> j.progress(done, stage, clock.instant()));
    }

    public void done(String id, String fileName, byte[] pdf) {
        ReportJob job = em.find(ReportJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.finished()) {
            return;
        }
        Entities.nativeUpdate(em, "INSERT INTO report_file (job_id, pdf) VALUES (?, ?)", id, pdf);
        job.done(fileName, pdf.length, clock.instant());
    }

    public void fail(String id, String reason) {
        ReportJob job = em.find(ReportJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job != null && !job.finished()) {
            job.fail(reason, clock.instant());
        }
    }

    public Optional<byte[]> pdf(String id) {
        return Entities.nativeRows(em, "SELECT pdf FROM report_file WHERE job_id = ?", id).stream().findFirst().map(b -> (byte[]) b);
    }
}
