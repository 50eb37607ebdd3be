package org.serviceaudit.server.probes.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import org.serviceaudit.probes.email.EmailProbeRun;
import org.serviceaudit.probes.email.MailServer;
import org.serviceaudit.probes.email.MailboxWatcher;
import org.serviceaudit.probes.email.Phrases;
import org.serviceaudit.probes.email.ProbeMailbox;

import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The watch of every probe mailbox that has runs waiting for replies, one IMAP connection per
 * mailbox on this member. What a watch finds is stored through {@link EmailRuns}, idempotently,
 * so members watching the same mailbox at once store each message once.
 */
@ApplicationScoped
public class MailboxWatchers {

    private static final Logger LOG = Logger.getLogger(MailboxWatchers.class.getName());

    @Inject
    EmailRuns runs;
    @Inject
    ProbeSettings settings;
    @Resource
    ManagedThreadFactory threads;

    private final Phrases phrases = Phrases.shipped();
    private final Map<Long, Watch> watches = new ConcurrentHashMap<>();

    private record Watch(MailboxWatcher watcher, ProbeMailbox dispatch) {
    }

    /**
     * Makes sure a mailbox is watched and will match the given run's replies. Called before an
     * inquiry is sent, so even an instant reply is seen.
     *
     * @throws MessagingException the mailbox cannot be read (first watch only: later ones reconnect by themselves)
     */
    public void expect(long mailboxId, EmailProbeRun run) throws MessagingException, SecretBox.SecretException, UnknownHostException {
        watch(mailboxId).dispatch().add(run);
    }

    /** Stops matching a run's replies (it finished, or was never sent). */
    public void forget(long mailboxId, String token) {
        Optional.ofNullable(watches.get(mailboxId)).ifPresent(w -> w.dispatch().remove(token));
    }

    /** Starts watching every mailbox that has runs waiting, as after a restart. */
    public void resume() {
        for (long mailboxId : runs.watchedMailboxes()) {
            try {
                watch(mailboxId);
            } catch (MessagingException | SecretBox.SecretException | UnknownHostException | RuntimeException e) {
                LOG.log(Level.WARNING, "probe mailbox " + mailboxId + " cannot be watched: " + e.getMessage());
            }
        }
    }

    /** Stops the watches of mailboxes with no runs left to wait for. */
    public void prune() {
        Set<Long> needed = new HashSet<>(runs.watchedMailboxes());
        for (Long mailboxId : Set.copyOf(watches.keySet())) {
            if (!needed.contains(mailboxId)) {
                stop(mailboxId);
            }
        }
    }

    /** Stops a mailbox's watch, e.g. after its settings changed; the next run or restart watches it again. */
    public void stop(long mailboxId) {
        Watch watch;
        synchronized (this) {
            watch = watches.remove(mailboxId);
        }
        if (watch != null) {
            watch.watcher().close();
        }
    }

    private synchronized Watch watch(long mailboxId) throws MessagingException, SecretBox.SecretException, UnknownHostException {
        Watch existing = watches.get(mailboxId);
        if (existing != null) {
            return existing;
        }
        MailServer imap = runs.imap(mailboxId);
        settings.addresses().resolve(imap.host());
        Optional<MailboxWatcher.Position> start = runs.positioned(mailboxId) ? Optional.empty()
                : Optional.of(MailboxWatcher.end(imap, runs.folder(mailboxId)));
        EmailRuns.WatchPlan plan = runs.plan(mailboxId, start);
        ProbeMailbox dispatch = new ProbeMailbox(phrases, (run, match, received, assessment) -> {
            if (runs.record(run.inquiry().token(), match, received, assessment)) {
                forget(mailboxId, run.inquiry().token());
            }
        });
        plan.runs().forEach(dispatch::add);
        MailboxWatcher watcher = new MailboxWatcher(plan.imap(), plan.folder(), plan.uidValidity(), plan.lastUid(),
                settings.mailboxPoll(), received -> {
            dispatch.accept(received);
            runs.advance(mailboxId, received.uidValidity(), received.uid());
        }, threads);
        Watch watch = new Watch(watcher, dispatch);
        watches.put(mailboxId, watch);
        watcher.start();
        LOG.info(() -> "watching probe mailbox " + mailboxId + " (" + plan.imap() + ", folder " + plan.folder() + ") for "
                + plan.runs().size() + " runs from UID " + plan.lastUid());
        return watch;
    }

    @PreDestroy
    void stopAll() {
        Set.copyOf(watches.keySet()).forEach(this::stop);
    }
}
