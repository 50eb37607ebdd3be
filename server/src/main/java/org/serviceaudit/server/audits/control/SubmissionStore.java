package org.serviceaudit.server.audits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.serviceaudit.checklists.AnswerViolation;
import org.serviceaudit.checklists.AuditScore;
import org.serviceaudit.checklists.Scoring;
import org.serviceaudit.checklists.Template;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.audits.entity.Audit;
import org.serviceaudit.server.audits.entity.Submission;
import org.serviceaudit.server.history.control.ChangeLog;
import org.serviceaudit.server.problems.ApiException;
import org.serviceaudit.server.templates.control.TemplateCatalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Stores one submission in one transaction: validate, score, insert, move the audit on. */
@ApplicationScoped
public class SubmissionStore {

    @PersistenceContext
    EntityManager em;
    @Inject
    TemplateCatalog templates;
    @Inject
    Scoring scoring;
    @Inject
    ChangeLog changes;
    @Inject
    Clock clock;

    /**
     * Inserts the submission first and flushes, so that a second copy of it fails on the
     * primary key before anything else happens (whether the first copy committed long ago or
     * is still in flight: the database makes the second wait for the first). Only then is the
     * audit's status changed, which refuses a different submission for an audit already
     * submitted.
     */
    @Transactional
    public Submission insert(long auditId, ParsedSubmission parsed, Caller caller) {
        Audit audit = VisibleAudits.require(em, caller, auditId);
        Template template = templates.forAudit(audit.templateId(), audit.templateVersion());
        List<AnswerViolation> violations = template.violations(parsed.answers());
        if (!violations.isEmpty() || !parsed.shapeErrors().isEmpty()) {
            throw ApiException.invalid("the answers do not fit template " + template.id() + " version " + template.version(),
                    SubmissionParser.problems(parsed, violations));
        }
        AuditScore score = scoring.score(template, parsed.answers());
        // Millisecond precision: what every supported database stores exactly, so the stored
        // document and the row agree.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String id = parsed.id().toString();
        String document = SubmissionDocument.json(id, auditId, now, template.id(), template.version(), score, parsed.answers());
        Submission submission = new Submission(id, auditId, parsed.contentHash(), now, document, score.score(),
                score.band() == null ? null : score.band().code());
        em.persist(submission);
        em.flush();
        try {
            // The connection of this transaction, which the flush above has begun.
            ResultRows.insert(em.unwrap(Connection.class), id, score);
        } catch (SQLException e) {
            throw new PersistenceException("storing the results of submission " + id + " failed", e);
        }
        audit.submit(id, score.score(), score.band(), now);
        changes.record(caller, "audit.submitted", "audit", auditId, "submission " + id
                + (score.score() == null ? "" : ", score " + String.format(Locale.ROOT, "%.3f", score.score())));
        return submission;
    }

    @Transactional
    public Optional<Submission> find(String id) {
        return Optional.ofNullable(em.find(Submission.class, id));
    }
}
