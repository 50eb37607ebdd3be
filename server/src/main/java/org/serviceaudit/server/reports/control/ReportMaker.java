package org.serviceaudit.server.reports.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.serviceaudit.server.reports.entity.ReportJob;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes period reports in the background on the container's executor: collects the figures,
 * draws the PDF, stores it, and records progress on the way. A failure is logged with an id
 * that the job's failure repeats, like the API's own errors.
 */
@ApplicationScoped
public class ReportMaker {

    private static final Logger LOG = Logger.getLogger(ReportMaker.class.getName());
    /** Share of the work done once the figures are in: the rest is drawing. */
    private static final double COLLECTED = 0.3;

    @Resource
    ManagedExecutorService executor;
    @Inject
    ReportJobs jobs;
    @Inject
    ReportFacts facts;
    @Inject
    Clock clock;

    public void start(String jobId) {
        executor.execute(() -> make(jobId));
    }

    void make(String jobId) {
        Optional<ReportJob> started = jobs.start(jobId);
        if (started.isEmpty()) {
            return;
        }
        ReportJob job = started.get();
        try {
            Instant generated = clock.instant();
            PeriodReport.Facts f = facts.collect(job.clientId(), job.period(), job.language(), generated);
            jobs.progress(jobId, COLLECTED, "drawing");
            byte[] pdf = PeriodReport.render(f, job.language(), generated,
                    (done, stage) -> jobs.progress(jobId, COLLECTED + (1 - COLLECTED) * done, stage));
            jobs.done(jobId, ReportFacts.fileName(job.clientId(), f.report().clientName(), job.period(), job.language(), false), pdf);
        } catch (IOException | RuntimeException e) {
            String errorId = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "report job " + jobId + " failed (error " + errorId + ")", e);
            jobs.fail(jobId, "the report could not be made (error " + errorId + "); the server's log has the details");
        }
    }
}
