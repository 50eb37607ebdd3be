package org.serviceaudit.server.probes.control;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.serviceaudit.server.probes.entity.EmailProbe;
import org.serviceaudit.server.probes.entity.WebsiteProbe;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs probes on their schedules exactly once across server members, with db-scheduler: its
 * executions are rows of {@code scheduled_tasks}, and a member runs one only after claiming
 * the row, so however many members poll, one sends. (Payara's persistent EJB timers cannot do
 * this on Payara Micro: see docs/architecture.md.) Its threads come from the container's
 * managed thread factory, so tasks run with the application's context.
 *
 * <p>Tasks: {@code email-probe-due} and {@code website-probe-due} (one instance per scheduled
 * probe, rescheduled to the next cron time after each run), {@code email-run-send} and
 * {@code website-run} (one instance per run, also for runs started by hand). Besides, every member ends email runs past their give-up time every
 * {@code serviceaudit.probes.expiry-check}.
 */
@ApplicationScoped
public class ProbeScheduler {

    private static final Logger LOG = Logger.getLogger(ProbeScheduler.class.getName());

    @Resource(lookup = "java:app/jdbc/serviceaudit")
    DataSource dataSource;
    @Resource
    ManagedThreadFactory threads;
    @Inject
    EmailRuns runs;
    @Inject
    EmailRunSender sender;
    @Inject
    MailboxWatchers watchers;
    @Inject
    ProbeSettings settings;
    @Inject
    Clock clock;

    @Inject
    WebsiteRuns websiteRuns;
    @Inject
    WebsiteRunner websiteRunner;

    private CustomTask<Void> due;
    private CustomTask<Void> send;
    private CustomTask<Void> websiteDue;
    private OneTimeTask<Void> websiteRun;
    private Scheduler scheduler;
    private ScheduledExecutorService expiry;

    /** A cron expression in a zone, or why it is not one. */
    public static CronSchedule cron(String expression, ZoneId zone) {
        CronSchedule schedule = Schedules.cron(expression, zone);
        if (schedule.isDisabled()) {
            throw new IllegalArgumentException("'-' disables a schedule; leave the schedule out instead");
        }
        return schedule;
    }

    /** The first time a cron schedule fires after a moment. */
    public static Instant next(CronSchedule schedule, Instant after) {
        return schedule.getNextExecutionTime(ExecutionComplete.simulatedSuccess(after));
    }

    public void start() {
        due = Tasks.custom("email-probe-due", Void.class)
                .execute((instance, context) -> {
                    long probeId = Long.parseLong(instance.getId());
                    Instant dueAt = context.getExecution().executionTime;
                    runs.due(probeId, dueAt).ifPresent(run -> sender.send(run).ifPresent(retry ->
                            scheduler.scheduleIfNotExists(send.instance(Long.toString(run)), retry)));
                    return (complete, operations) -> runs.nextDue(probeId, dueAt).ifPresentOrElse(
                            next -> operations.reschedule(complete, next), operations::remove);
                });
        // Reschedules itself when the SMTP server could not be reached (nothing was sent), else ends.
        send = Tasks.custom("email-run-send", Void.class).execute((instance, context) -> {
            Optional<Instant> retry = sender.send(Long.parseLong(instance.getId()));
            return (complete, operations) -> retry.ifPresentOrElse(at -> operations.reschedule(complete, at), operations::remove);
        });
        websiteDue = Tasks.custom("website-probe-due", Void.class)
                .execute((instance, context) -> {
                    long probeId = Long.parseLong(instance.getId());
                    Instant dueAt = context.getExecution().executionTime;
                    websiteRuns.due(probeId, dueAt).ifPresent(websiteRunner::run);
                    return (complete, operations) -> websiteRuns.nextDue(probeId, dueAt).ifPresentOrElse(
                            next -> operations.reschedule(complete, next), operations::remove);
                });
        // A run a dead server left half-done is run again when db-scheduler revives it: probing a site twice harms no one.
        websiteRun = Tasks.oneTime("website-run").onDeadExecutionRevive()
                .execute((instance, context) -> websiteRunner.run(Long.parseLong(instance.getId())));
        scheduler = Scheduler.create(dataSource, List.<Task<?>>of(due, send, websiteDue, websiteRun))
                .threads(settings.schedulerThreads())
                .executorService(Executors.newFixedThreadPool(settings.schedulerThreads(), threads))
                .dueExecutor(Executors.newSingleThreadExecutor(threads))
                .housekeeperExecutor(Executors.newScheduledThreadPool(1, threads))
                .pollingInterval(settings.schedulerPolling())
                .heartbeatInterval(settings.schedulerHeartbeat())
                .missedHeartbeatsLimit(6)
                .enableImmediateExecution()
                .alwaysPersistTimestampInUTC()
                .build();
        scheduler.start();
        // Ending runs past their give-up time is safe on every member at once (each run is
        // locked and checked), so it is not a scheduled_tasks row: a member that dies holding
        // such a row would stop it everywhere until its heartbeats were missed.
        expiry = Executors.newSingleThreadScheduledExecutor(threads);
        expiry.scheduleWithFixedDelay(this::expire, settings.expiryCheck().toMillis(), settings.expiryCheck().toMillis(),
                TimeUnit.MILLISECONDS);
        // Runs created but not surely sent before a stop get their send task back (it is
        // idempotent); mailboxes with runs waiting are watched again.
        for (long runId : runs.unsent()) {
            scheduler.scheduleIfNotExists(send.instance(Long.toString(runId)), clock.instant());
        }
        for (long runId : websiteRuns.pending()) {
            scheduler.scheduleIfNotExists(websiteRun.instance(Long.toString(runId)), clock.instant());
        }
        watchers.resume();
    }

    /** Sends a run as soon as a member is free. */
    public void sendNow(long runId) {
        scheduler.scheduleIfNotExists(send.instance(Long.toString(runId)), clock.instant());
    }

    /** Runs a website probe run as soon as a member is free. */
    public void runWebsiteNow(long runId) {
        scheduler.scheduleIfNotExists(websiteRun.instance(Long.toString(runId)), clock.instant());
    }

    /** Puts a probe's next scheduled run in place (or removes it when the probe has no schedule or is disabled). */
    public void reschedule(EmailProbe probe) {
        reschedule(due, probe.id(), probe.enabled(), probe.schedule(), probe.location().timeZone());
    }

    public void reschedule(WebsiteProbe probe) {
        reschedule(websiteDue, probe.id(), probe.enabled(), probe.schedule(), probe.timeZone());
    }

    private void reschedule(CustomTask<Void> task, long probeId, boolean enabled, Optional<String> schedule, ZoneId zone) {
        TaskInstanceId id = TaskInstanceId.of(task.getName(), Long.toString(probeId));
        Optional<Instant> next = enabled ? schedule.map(s -> next(cron(s, zone), clock.instant())) : Optional.empty();
        try {
            boolean exists = scheduler.getScheduledExecution(id).isPresent();
            if (next.isEmpty()) {
                if (exists) {
                    scheduler.cancel(id);
                }
            } else if (exists) {
                scheduler.reschedule(id, next.get());
            } else {
                scheduler.schedule(task.instance(Long.toString(probeId)), next.get());
            }
        } catch (TaskInstanceCurrentlyExecutingException running) {
            // It is running now; when done it reschedules itself from the probe's current definition.
        }
    }

    /** When an email probe runs next, if it is scheduled. */
    public Optional<Instant> nextRun(long probeId) {
        return scheduler.getScheduledExecution(TaskInstanceId.of(due.getName(), Long.toString(probeId)))
                .map(e -> e.getExecutionTime());
    }

    /** When a website probe runs next, if it is scheduled. */
    public Optional<Instant> nextWebsiteRun(long probeId) {
        return scheduler.getScheduledExecution(TaskInstanceId.of(websiteDue.getName(), Long.toString(probeId)))
                .map(e -> e.getExecutionTime());
    }

    private void expire() {
        try {
            List<String> ended = runs.expireDue();
            if (!ended.isEmpty()) {
                LOG.fine(() -> ended.size() + " email runs reached their give-up time");
                watchers.prune();
            }
        } catch (RuntimeException e) {
            // Tried again at the next check; an exception here would end the repetition.
            LOG.log(Level.WARNING, "ending email runs past their give-up time failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (expiry != null) {
            expiry.shutdownNow();
        }
        if (scheduler != null) {
            scheduler.stop();
        }
    }
}
