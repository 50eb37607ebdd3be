package org.serviceaudit.server.reports.boundary;

import org.serviceaudit.server.reports.entity.ReportJob;

import java.time.Duration;
import java.time.Instant;

/**
 * A report job as the API shows it.
 *
 * @param state      queued, running, done or failed
 * @param progress   0..1
 * @param stage      what it is doing: queued, collecting, drawing, summary, charts, ranking, channels, appendix, done or failed
 * @param millis     how long making it took, once done
 * @param fileName   the PDF's name, once done
 * @param download   where to get the PDF, once done
 * @param failure    why it failed
 */
public record ReportJobView(String id, long clientId, String period, Instant from, Instant to, String zone, String lang, String state,
                            double progress, String stage, Instant createdAt, Instant startedAt, Instant finishedAt, Long millis,
                            String fileName, Long fileSize, String download, String failure) {

    static ReportJobView of(ReportJob job) {
        var period = job.period();
        return new ReportJobView(job.id(), job.clientId(), period.label(), period.from(), period.to(), period.zone().getId(),
                job.language().code(), job.state().name().toLowerCase(java.util.Locale.ROOT), job.progress(), job.stage(), job.createdAt(),
                job.startedAt().orElse(null), job.finishedAt().orElse(null),
                job.state() == ReportJob.State.DONE ? Duration.between(job.startedAt().orElseThrow(), job.finishedAt().orElseThrow()).toMillis() : null,
                job.fileName().orElse(null), job.fileSize().orElse(null),
                job.state() == ReportJob.State.DONE ? "/api/report-jobs/" + job.id() + "/pdf" : null, job.failure().orElse(null));
    }
}
