package org.serviceaudit.server.probes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.serviceaudit.probes.email.BusinessHours;
import org.serviceaudit.probes.email.Check;
import org.serviceaudit.probes.email.Classification;
import org.serviceaudit.probes.email.EmailProbeRun;
import org.serviceaudit.probes.email.Inquiry;
import org.serviceaudit.probes.email.InquiryBank;
import org.serviceaudit.probes.email.MailServer;
import org.serviceaudit.probes.email.MailboxWatcher;
import org.serviceaudit.probes.email.MessageText;
import org.serviceaudit.probes.email.ReplyAssessment;
import org.serviceaudit.probes.email.TrackingToken;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.clients.entity.Location;
import org.serviceaudit.server.history.control.ChangeLog;
import org.serviceaudit.server.platform.Entities;
import org.serviceaudit.server.clients.entity.OpeningHours;
import org.serviceaudit.server.probes.entity.EmailProbe;
import org.serviceaudit.server.probes.entity.EmailRun;
import org.serviceaudit.server.probes.entity.RunTrigger;
import org.serviceaudit.server.probes.entity.EmailRunState;
import org.serviceaudit.server.probes.entity.Mailbox;
import org.serviceaudit.server.probes.entity.RunMessage;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The transactions of email probe runs. Each method is one transaction, so a crash between
 * two steps leaves a state the next step (or a restart) knows how to continue from: a run is
 * claimed (SENDING) before the SMTP conversation and marked sent after it; every matched
 * message is stored first and the run's measures then recomputed from all its stored messages.
 */
@ApplicationScoped
@Transactional
public class EmailRuns {

    static final String INTERRUPTED = "the server stopped while sending the inquiry; it is not sent again, "
            + "so the business never receives it twice";

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    ProbeSettings settings;
    @Inject
    ChangeLog changes;

    private final InquiryBank bank = InquiryBank.shipped();

    /** What a send needs, read in the claiming transaction. */
    public record SendOrder(long runId, long mailboxId, Inquiry inquiry, String from, String to, boolean plusAddressing,
                            MailServer smtp) {
    }

    /** How to watch a mailbox and for which runs. */
    public record WatchPlan(long mailboxId, MailServer imap, String folder, long uidValidity, long lastUid,
                            List<EmailProbeRun> runs) {
    }

    /** Creates the run of a schedule's due time, once: asked again for the same time, returns the same run. */
    public Optional<Long> due(long probeId, Instant dueAt) {
        EmailProbe probe = em.find(EmailProbe.class, probeId);
        if (probe == null || !probe.enabled() || probe.schedule().isEmpty()) {
            return Optional.empty();
        }
        Optional<EmailRun> existing = em.createQuery("select r from EmailRun r where r.probe.id = :probe and r.dueAt = :due", EmailRun.class)
                .setParameter("probe", probeId).setParameter("due", dueAt.atOffset(java.time.ZoneOffset.UTC))
                .getResultStream().findFirst();
        return Optional.of(existing.orElseGet(() -> create(probe, RunTrigger.SCHEDULE, dueAt)).id());
    }

    /** The next time a probe is due after a run that was due at {@code after}; empty when it is no longer scheduled. */
    public Optional<Instant> nextDue(long probeId, Instant after) {
        EmailProbe probe = em.find(EmailProbe.class, probeId);
        if (probe == null || !probe.enabled() || probe.schedule().isEmpty()) {
            return Optional.empty();
        }
        // From now if the run was late (the server was down): missed times are skipped, not sent in a burst.
        Instant from = after.isAfter(clock.instant()) ? after : clock.instant();
        return Optional.of(ProbeScheduler.next(ProbeScheduler.cron(probe.schedule().get(), probe.location().timeZone()), from));
    }

    /** Seals the mailbox passwords stored plain while no key was configured; returns how many. */
    public int sealPasswords() {
        int sealed = 0;
        for (Mailbox mailbox : em.createQuery("select m from Mailbox m", Mailbox.class).getResultList()) {
            Optional<String> stored = mailbox.passwordSecret();
            if (stored.isPresent() && settings.secrets().needsSealing(stored.get())) {
                try {
                    mailbox.sealPassword(settings.secrets().seal(settings.secrets().open(stored.get())));
                    sealed++;
                } catch (SecretBox.SecretException e) {
                    throw new IllegalStateException("a plain password always opens", e);
                }
            }
        }
        return sealed;
    }

    /** A run started by hand, due now. */
    public EmailRun start(long probeId, Caller by) {
        EmailProbe probe = Entities.require(em, EmailProbe.class, probeId, "email probe");
        EmailRun run = create(probe, RunTrigger.MANUAL, clock.instant());
        changes.record(by, "email-run.started", "email-run", run.id(), "probe " + probeId);
        return run;
    }

    private EmailRun create(EmailProbe probe, RunTrigger trigger, Instant dueAt) {
        InquiryBank.Question question = question(probe);
        Inquiry inquiry = bank.compose(question, probe.customerName(), probe.signature(), TrackingToken.next());
        EmailRun run = new EmailRun(probe, trigger, dueAt, inquiry);
        em.persist(run);
        em.flush();
        return run;
    }

    /** The probe's question, or without one the next of its language in turn. */
    private InquiryBank.Question question(EmailProbe probe) {
        if (probe.questionId().isPresent()) {
            return bank.question(probe.language(), probe.questionId().get())
                    .orElseThrow(() -> new IllegalStateException("probe " + probe.id() + " asks an unknown question"));
        }
        long asked = em.createQuery("select count(r) from EmailRun r where r.probe.id = :probe", Long.class)
                .setParameter("probe", probe.id()).getSingleResult();
        List<InquiryBank.Question> questions = bank.questions(probe.language());
        return questions.get((int) (asked % questions.size()));
    }

    /**
     * Claims a run for sending. Empty when it is not to be sent: sent already, failed, or found
     * half-sent after a crash (then failed now, see {@link #INTERRUPTED}), or its mailbox
     * password cannot be opened (failed with the reason).
     */
    public Optional<SendOrder> claim(long runId) {
        EmailRun run = em.find(EmailRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            return Optional.empty();
        }
        if (run.state() == EmailRunState.SENDING) {
            run.fail(INTERRUPTED, clock.instant());
            return Optional.empty();
        }
        if (run.state() != EmailRunState.SCHEDULED) {
            return Optional.empty();
        }
        Mailbox mailbox = run.probe().mailbox();
        Optional<String> password;
        try {
            password = password(mailbox);
        } catch (SecretBox.SecretException e) {
            run.fail("mailbox '" + mailbox.name() + "': " + e.getMessage(), clock.instant());
            return Optional.empty();
        }
        run.beginSending(clock.instant());
        return Optional.of(new SendOrder(runId, mailbox.id(), run.inquiry(keywords(run)), run.fromAddress(), run.toAddress(),
                mailbox.plusAddressing(), server(mailbox.smtp(), mailbox, password)));
    }

    public void sent(long runId, String messageId, Instant sentAt) {
        EmailRun run = em.find(EmailRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        run.sent(messageId, sentAt);
        // A reply may have been stored while the SMTP conversation was still closing.
        remeasure(run, false);
    }

    /**
     * The SMTP server could not be reached: the run waits for its next attempt, after the
     * given pauses in turn; when they are used up it fails. Returns when to try again.
     */
    public Optional<Instant> notConnected(long runId, String reason, List<Duration> pauses) {
        EmailRun run = em.find(EmailRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        int attempts = run.notConnected(reason);
        if (attempts > pauses.size()) {
            run.beginSending(clock.instant());
            run.fail("the SMTP server could not be reached in " + attempts + " attempts; nothing was sent: " + reason, clock.instant());
            return Optional.empty();
        }
        return Optional.of(clock.instant().plus(pauses.get(attempts - 1)));
    }

    public void failed(long runId, String reason) {
        EmailRun run = em.find(EmailRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run != null && (run.state() == EmailRunState.SCHEDULED || run.state() == EmailRunState.SENDING)) {
            run.fail(reason, clock.instant());
        }
    }

    /**
     * Stores a message matched to a run (once, however often it is read) and recomputes the
     * run. Returns whether the run is now finished and needs no more watching.
     */
    public boolean record(String token, TrackingToken.Found match, MailboxWatcher.Received received, ReplyAssessment assessment) {
        Optional<EmailRun> found = em.createQuery("select r from EmailRun r where r.token = :token", EmailRun.class)
                .setParameter("token", token).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        if (found.isEmpty()) {
            return true;
        }
        EmailRun run = found.get();
        MimeMessage message = received.message();
        String messageId = header(message, "Message-ID");
        String dedupe = messageId != null ? messageId : "uid:" + received.uidValidity() + "/" + received.uid();
        boolean known = em.createQuery("select count(m) from RunMessage m where m.runId = :run and m.dedupeKey = :key", Long.class)
                .setParameter("run", run.id()).setParameter("key", dedupe).getSingleResult() > 0;
        if (!known) {
            JsonArrayBuilder evidence = Json.createArrayBuilder();
            assessment.evidence().forEach(evidence::add);
            em.persist(new RunMessage(run.id(), dedupe, received.arrivedAt(), received.uid(), messageId, header(message, "From"),
                    subject(message), match.via(), assessment.classification().messageClass(), assessment.classification().finalBounce(),
                    evidence.build().toString(), assessment.checks().isEmpty() ? null : EmailRun.checksJson(assessment.checks()),
                    headers(message), MessageText.of(message)));
            em.flush();
        }
        if (run.sentAt().isEmpty()) {
            return false;
        }
        remeasure(run, false);
        return run.finishedAt().isPresent();
    }

    /** Ends the runs whose give-up time has passed. Returns the tokens of the runs ended. */
    public List<String> expireDue() {
        Instant now = clock.instant();
        // Ids first, then each row locked on its own: EclipseLink writes FOR UPDATE before LIMIT for H2.
        List<Long> due = em.createQuery("select r.id from EmailRun r where r.finishedAt is null and r.giveUpAt <= :now"
                        + " and r.state in :states order by r.id", Long.class)
                .setParameter("now", now.atOffset(java.time.ZoneOffset.UTC))
                .setParameter("states", List.of(EmailRunState.SENT, EmailRunState.ACKNOWLEDGED, EmailRunState.REPLIED))
                .setMaxResults(500)
                .getResultList();
        List<String> ended = new ArrayList<>();
        for (long id : due) {
            EmailRun run = em.find(EmailRun.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (run.finishedAt().isEmpty()) {
                remeasure(run, true);
                ended.add(run.token());
            }
        }
        return ended;
    }

    /** Replays the stored messages through the probes library's run, so the row agrees with its evidence. */
    private void remeasure(EmailRun run, boolean expire) {
        List<RunMessage> messages = em.createQuery("select m from RunMessage m where m.runId = :run order by m.arrivedAt, m.id",
                RunMessage.class).setParameter("run", run.id()).getResultList();
        EmailProbeRun replay = replay(run, messages);
        Instant now = clock.instant();
        if (expire) {
            replay.expire(now);
        }
        run.measured(replay.result(), replay.finished(), now);
    }

    private EmailProbeRun replay(EmailRun run, List<RunMessage> messages) {
        EmailProbeRun replay = new EmailProbeRun(run.inquiry(keywords(run)), run.sentAt().orElseThrow(), run.threshold(),
                Duration.ofDays(run.giveUpDays()), hours(em.find(Location.class, run.locationId())));
        for (RunMessage m : messages) {
            List<String> evidence = EmailRun.parseStrings(m.evidence());
            Map<String, Check> checks = m.checks().map(EmailRun::parseChecks).orElse(Map.of());
            replay.receive(new ReplyAssessment(new Classification(m.messageClass(), m.finalBounce(), evidence), checks, Map.of()),
                    m.arrivedAt());
        }
        return replay;
    }

    /** The mailboxes that have runs to watch for. */
    public List<Long> watchedMailboxes() {
        return em.createQuery("select distinct r.mailboxId from EmailRun r where r.finishedAt is null and r.sentAt is not null"
                + " and r.state <> :failed", Long.class).setParameter("failed", EmailRunState.FAILED).getResultList();
    }

    /** Runs created but not (or not surely) sent: after a restart each gets its send task again. */
    public List<Long> unsent() {
        return em.createQuery("select r.id from EmailRun r where r.state in :states order by r.id", Long.class)
                .setParameter("states", List.of(EmailRunState.SCHEDULED, EmailRunState.SENDING)).getResultList();
    }

    /**
     * What watching a mailbox needs. A mailbox watched for the first time starts at the current
     * end of its folder ({@code start}, read by the caller from the server), so old mail is never
     * taken for replies; later watches resume after the last UID handled.
     */
    public WatchPlan plan(long mailboxId, Optional<MailboxWatcher.Position> start) throws SecretBox.SecretException {
        Mailbox mailbox = em.find(Mailbox.class, mailboxId);
        if (!mailbox.positioned() && start.isPresent()) {
            em.createQuery("update Mailbox m set m.uidValidity = :validity, m.lastUid = :uid where m.id = :id and m.uidValidity = 0")
                    .setParameter("validity", start.get().uidValidity()).setParameter("uid", start.get().lastUid())
                    .setParameter("id", mailboxId).executeUpdate();
            em.refresh(mailbox);
        }
        List<EmailRun> active = em.createQuery("select r from EmailRun r where r.mailboxId = :mailbox and r.finishedAt is null"
                        + " and r.state in :states", EmailRun.class).setParameter("mailbox", mailboxId)
                .setParameter("states", List.of(EmailRunState.SENDING, EmailRunState.SENT, EmailRunState.ACKNOWLEDGED, EmailRunState.REPLIED))
                .getResultList();
        List<EmailProbeRun> runs = new ArrayList<>();
        for (EmailRun run : active) {
            runs.add(expected(run));
        }
        return new WatchPlan(mailboxId, server(mailbox.imap(), mailbox, password(mailbox)), mailbox.imapFolder(), mailbox.uidValidity(),
                mailbox.lastUid(), runs);
    }

    /** Whether a mailbox has a watch position yet; without one the caller reads the folder's end first. */
    public boolean positioned(long mailboxId) {
        return em.find(Mailbox.class, mailboxId).positioned();
    }

    public MailServer imap(long mailboxId) throws SecretBox.SecretException {
        Mailbox mailbox = em.find(Mailbox.class, mailboxId);
        return server(mailbox.imap(), mailbox, password(mailbox));
    }

    public String folder(long mailboxId) {
        return em.find(Mailbox.class, mailboxId).imapFolder();
    }

    /** Records how far a mailbox has been read; only forward, as two members may report out of order. */
    public void advance(long mailboxId, long uidValidity, long lastUid) {
        int moved = em.createQuery("update Mailbox m set m.lastUid = :uid where m.id = :id and m.uidValidity = :validity"
                        + " and m.lastUid < :uid")
                .setParameter("uid", lastUid).setParameter("id", mailboxId).setParameter("validity", uidValidity).executeUpdate();
        if (moved == 0) {
            // The folder was renumbered: the new UIDVALIDITY starts over.
            em.createQuery("update Mailbox m set m.uidValidity = :validity, m.lastUid = :uid where m.id = :id and m.uidValidity <> :validity")
                    .setParameter("uid", lastUid).setParameter("id", mailboxId).setParameter("validity", uidValidity).executeUpdate();
        }
    }

    /** The in-memory run a watch matches replies with: only its inquiry (token, name, question) matters there. */
    private EmailProbeRun expected(EmailRun run) {
        return new EmailProbeRun(run.inquiry(keywords(run)), run.sentAt().or(run::sendingAt).orElse(run.dueAt()), run.threshold(),
                Duration.ofDays(run.giveUpDays()), new BusinessHours(java.time.ZoneOffset.UTC, Map.of()));
    }

    /** The in-memory run for a run about to be sent. */
    public static EmailProbeRun expected(SendOrder order, Instant now) {
        return new EmailProbeRun(order.inquiry(), now, Duration.ofHours(10), Duration.ofDays(1),
                new BusinessHours(java.time.ZoneOffset.UTC, Map.of()));
    }

    private List<List<String>> keywords(EmailRun run) {
        return bank.question(run.language(), run.questionId()).map(InquiryBank.Question::keywords).orElse(List.of());
    }

    private Optional<String> password(Mailbox mailbox) throws SecretBox.SecretException {
        if (mailbox.passwordSecret().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(settings.secrets().open(mailbox.passwordSecret().get()));
    }

    private MailServer server(Mailbox.Server server, Mailbox mailbox, Optional<String> password) {
        return new MailServer(server.host(), server.port(), server.security(), mailbox.username().orElse(null), password.orElse(null),
                settings.mailTimeout());
    }

    static BusinessHours hours(Location location) {
        Map<DayOfWeek, List<BusinessHours.Span>> week = new EnumMap<>(DayOfWeek.class);
        for (OpeningHours h : location.openingHours()) {
            week.computeIfAbsent(h.day(), d -> new ArrayList<>()).add(new BusinessHours.Span(h.opens(), h.closes()));
        }
        return new BusinessHours(location.timeZone(), Collections.unmodifiableMap(week));
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ", ");
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException | RuntimeException e) {
            return header(message, "Subject");
        }
    }

    private static String headers(MimeMessage message) {
        StringBuilder out = new StringBuilder();
        try {
            var all = message.getAllHeaderLines();
            while (all.hasMoreElements()) {
                out.append(all.nextElement()).append("\r\n");
            }
        } catch (MessagingException | RuntimeException e) {
            out.append("(headers unreadable: ").append(e.getMessage()).append(")");
        }
        return out.toString();
    }
}
