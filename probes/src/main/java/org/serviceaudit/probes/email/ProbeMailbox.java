package org.serviceaudit.probes.email;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The outstanding runs of one probe mailbox, and the dispatch of what its
 * {@link MailboxWatcher} receives: a message is matched to its run by the thread (In-Reply-To,
 * References) and then by the plus-addressed token; it is then classified and graded against
 * that run's inquiry. Unrelated mail is counted and left alone. Matching is a hash lookup per
 * candidate token, so thousands of waiting runs cost no more than one.
 */
public final class ProbeMailbox implements Consumer<MailboxWatcher.Received> {

    /** Told about each message matched to a run, with how it was matched. */
    public interface Listener {
        void changed(EmailProbeRun run, TrackingToken.Found match, MailboxWatcher.Received message, ReplyAssessment assessment);
    }

    private final Map<String, EmailProbeRun> outstanding = new ConcurrentHashMap<>();
    private final Phrases phrases;
    private final Listener listener;
    private final AtomicLong matched = new AtomicLong();
    private final AtomicLong unmatched = new AtomicLong();

    public ProbeMailbox(Phrases phrases, Listener listener) {
        this.phrases = phrases;
        this.listener = listener;
    }

    public void add(EmailProbeRun run) {
        outstanding.put(run.inquiry().token(), run);
    }

    public Optional<EmailProbeRun> remove(String token) {
        return Optional.ofNullable(outstanding.remove(token));
    }

    public Collection<EmailProbeRun> runs() {
        return outstanding.values();
    }

    @Override
    public void accept(MailboxWatcher.Received received) {
        Optional<TrackingToken.Found> token = TrackingToken.find(received.message(), outstanding::containsKey);
        Optional<EmailProbeRun> run = token.map(t -> outstanding.get(t.token()));
        if (run.isEmpty()) {
            unmatched.incrementAndGet();
            return;
        }
        matched.incrementAndGet();
        ReplyAssessment assessment = ReplyAssessment.of(received.message(), Optional.of(run.get().inquiry()), Optional.empty(), phrases);
        synchronized (run.get()) {
            run.get().receive(assessment, received.arrivedAt());
        }
        listener.changed(run.get(), token.get(), received, assessment);
    }

    public long matched() {
        return matched.get();
    }

    public long unmatched() {
        return unmatched.get();
    }
}
