package org.serviceaudit.probes.email;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches one mailbox folder over one IMAP connection and hands every new message to a
 * listener, in arrival order. It waits with IMAP IDLE where the server offers it and polls
 * otherwise; a lost connection is re-established with exponential back-off (1 s doubling to
 * {@link #MAX_BACKOFF}).
 *
 * <p>It never changes the mailbox: the folder is opened read-only, so nothing is marked seen,
 * moved or deleted, whether it matched a probe or not. It resumes after the last UID it
 * delivered, which the owner stores ({@link Received#uid}) and passes back after a restart,
 * so a message is handed over once even across restarts (unless UIDVALIDITY changes, when the
 * whole folder is read again and the owner's matching must tolerate a repeat).
 */
public final class MailboxWatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MailboxWatcher.class.getName());
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    /** A message up to this size is copied whole; of a larger one only the headers and text are read. */
    static final int MAX_COPY_BYTES = 1024 * 1024;
    /** Messages fetched per round; bounds the memory a full mailbox takes at once. */
    static final int BATCH = 100;

    /**
     * A message as it arrived.
     *
     * @param arrivedAt the server's INTERNALDATE (second precision): when the mailbox received it
     */
    public record Received(MimeMessage message, Instant arrivedAt, long uid, long uidValidity) {
    }

    private final MailServer imap;
    private final String folderName;
    private final Duration pollInterval;
    private final Consumer<Received> listener;
    private final ThreadFactory threads;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Object wake = new Object();
    private volatile long lastUid;
    private volatile long uidValidity;
    private volatile Store store;
    private volatile Folder folder;
    private Thread thread;

    /**
     * @param lastUid      the UID of the last message already handled (0 to read the whole folder)
     * @param pollInterval how often to look without IDLE, and the longest IDLE before it is renewed
     */
    public MailboxWatcher(MailServer imap, String folderName, long uidValidity, long lastUid, Duration pollInterval,
                          Consumer<Received> listener) {
        this(imap, folderName, uidValidity, lastUid, pollInterval, listener, MailboxWatcher::daemon);
    }

    /**
     * @param threads makes the watch thread and the IDLE renewal threads; a container passes its
     *                managed thread factory so the listener runs with the application's context
     */
    public MailboxWatcher(MailServer imap, String folderName, long uidValidity, long lastUid, Duration pollInterval,
                          Consumer<Received> listener, ThreadFactory threads) {
        this.threads = Objects.requireNonNull(threads);
        this.imap = Objects.requireNonNull(imap);
        this.folderName = folderName;
        this.uidValidity = uidValidity;
        this.lastUid = lastUid;
        this.pollInterval = pollInterval;
        this.listener = listener;
    }

    /** The folder's UIDVALIDITY and the UID of its newest message: where a watch of new mail only starts. */
    public record Position(long uidValidity, long lastUid) {
    }

    public static Position end(MailServer imap, String folderName) throws MessagingException {
        String protocol = imap.security() == MailServer.Security.TLS ? "imaps" : "imap";
        try (Store s = Session.getInstance(imap.properties(protocol)).getStore(protocol)) {
            s.connect(imap.host(), imap.port(), imap.username(), imap.password());
            Folder f = s.getFolder(folderName);
            f.open(Folder.READ_ONLY);
            try {
                return new Position(((UIDFolder) f).getUIDValidity(), ((UIDFolder) f).getUIDNext() - 1);
            } finally {
                f.close(false);
            }
        }
    }

    public synchronized void start() {
        if (running.getAndSet(true)) {
            return;
        }
        thread = threads.newThread(this::run);
        thread.setName("mailbox-watcher " + imap);
        thread.start();
    }

    /** The last UID handed to the listener. */
    public long lastUid() {
        return lastUid;
    }

    private void run() {
        Duration backoff = Duration.ofSeconds(1);
        while (running.get()) {
            try {
                connect();
                backoff = Duration.ofSeconds(1);
                while (running.get()) {
                    deliverNew();
                    waitForMore();
                }
            } catch (MessagingException | RuntimeException e) {
                if (!running.get()) {
                    break;
                }
                LOG.log(Level.WARNING, "mailbox " + imap + " failed; reconnecting in " + backoff.toSeconds() + " s: " + e.getMessage());
                disconnect();
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
        disconnect();
    }

    private void connect() throws MessagingException {
        Session session = Session.getInstance(imap.properties(imap.security() == MailServer.Security.TLS ? "imaps" : "imap"));
        Store s = session.getStore(imap.security() == MailServer.Security.TLS ? "imaps" : "imap");
        s.connect(imap.host(), imap.port(), imap.username(), imap.password());
        Folder f = s.getFolder(folderName);
        f.open(Folder.READ_ONLY);
        long validity = ((UIDFolder) f).getUIDValidity();
        if (uidValidity != 0 && validity != uidValidity) {
            LOG.warning(() -> "mailbox " + imap + " folder " + folderName + " was renumbered (UIDVALIDITY " + uidValidity + " → "
                    + validity + "); reading it again");
            lastUid = 0;
        }
        long next = ((UIDFolder) f).getUIDNext();
        if (next > 0 && next <= lastUid) {
            // UIDs went backwards with the same UIDVALIDITY (a mailbox recreated within the same
            // second by a server that takes the time as UIDVALIDITY): as good as renumbered.
            LOG.warning(() -> "mailbox " + imap + " folder " + folderName + " restarts its UIDs (next " + next + ", seen " + lastUid
                    + "); reading it again");
            lastUid = 0;
        }
        uidValidity = validity;
        store = s;
        folder = f;
    }

    private void deliverNew() throws MessagingException {
        UIDFolder uids = (UIDFolder) folder;
        Message[] messages = uids.getMessagesByUID(lastUid + 1, UIDFolder.LASTUID);
        // In batches, each fetched with two commands (headers and sizes, then the small
        // messages whole) instead of several round trips a message.
        for (int from = 0; from < messages.length; from += BATCH) {
            Message[] batch = java.util.Arrays.copyOfRange(messages, from, Math.min(messages.length, from + BATCH));
            FetchProfile headers = new FetchProfile();
            headers.add(UIDFolder.FetchProfileItem.UID);
            headers.add(FetchProfile.Item.ENVELOPE);
            headers.add(FetchProfile.Item.SIZE);
            headers.add(FetchProfile.Item.FLAGS);
            folder.fetch(batch, headers);
            Message[] small = java.util.Arrays.stream(batch).filter(m -> size(m) <= MAX_COPY_BYTES).toArray(Message[]::new);
            FetchProfile whole = new FetchProfile();
            whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
            folder.fetch(small, whole);
            for (Message m : batch) {
                deliver(uids, m);
            }
        }
    }

    private void deliver(UIDFolder uids, Message m) throws MessagingException {
        long uid = uids.getUID(m);
        // IMAP answers a range "n:*" with the last message even when n is past it.
        if (uid <= lastUid) {
            return;
        }
        Date internal = m.getReceivedDate();
        MimeMessage copy = readable(m);
        try {
            listener.accept(new Received(copy, internal == null ? Instant.EPOCH : internal.toInstant(), uid, uidValidity));
        } catch (RuntimeException e) {
            // One message the owner cannot handle must not stop the watch of all the others.
            LOG.log(Level.WARNING, "message UID " + uid + " of " + imap + " could not be handled", e);
        }
        lastUid = uid;
    }

    private static int size(Message m) {
        try {
            return m.getSize();
        } catch (MessagingException e) {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * A detached copy, so the listener can read it after the connection moved on. A message
     * whose content cannot be fetched is handed over with its headers only.
     */
    private static MimeMessage readable(Message m) throws MessagingException {
        if (size(m) <= MAX_COPY_BYTES) {
            try {
                return new MimeMessage((MimeMessage) m);
            } catch (MessagingException | RuntimeException broken) {
                // fall through to the headers and text
            }
        }
        // Too large to copy (an attachment) or unreadable as a whole: its headers and readable
        // text are all a probe needs, and only the text part is fetched, not the attachments.
        MimeMessage textOnly = new MimeMessage((Session) null);
        var headers = m.getAllHeaders();
        while (headers.hasMoreElements()) {
            var h = headers.nextElement();
            if (!h.getName().regionMatches(true, 0, "Content-", 0, 8)) {
                textOnly.addHeader(h.getName(), h.getValue());
            }
        }
        textOnly.setText(MessageText.of(m), "UTF-8");
        textOnly.setHeader("X-ServiceAudit-Note", "only the headers and text of a message of " + m.getSize() + " bytes were read");
        return textOnly;
    }

    private void waitForMore() throws MessagingException {
        if (folder instanceof IMAPFolder imapFolder && store instanceof IMAPStore imapStore && imapStore.hasCapability("IDLE")) {
            // IDLE returns when the server reports a change, or when close() aborts it; a timer renews it.
            Thread renew = threads.newThread(() -> {
                try {
                    // Renewed well within the read timeout, which also applies while idling: a quiet
                    // mailbox is not mistaken for a dead connection, and a dead one is noticed.
                    Duration half = imap.timeout().dividedBy(2);
                    Thread.sleep(Math.max(1, (pollInterval.compareTo(half) < 0 ? pollInterval : half).toMillis()));
                    imapFolder.getMessageCount(); // any command ends the IDLE
                } catch (InterruptedException done) {
                    // the IDLE ended by itself
                } catch (MessagingException | RuntimeException closed) {
                    // the connection went away: the watch loop reconnects
                }
            });
            renew.setName("mailbox-idle-renewal");
            renew.start();
            try {
                imapFolder.idle(true);
            } finally {
                renew.interrupt();
            }
        } else {
            pause(pollInterval);
            folder.getMessageCount(); // a NOOP, so the server reports new messages
        }
    }

    private static Thread daemon(Runnable task) {
        Thread t = new Thread(task);
        t.setDaemon(true);
        return t;
    }

    private void pause(Duration duration) {
        synchronized (wake) {
            try {
                wake.wait(Math.max(1, duration.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void disconnect() {
        try {
            if (folder != null && folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException | RuntimeException ignored) {
            // closing a broken connection
        }
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException | RuntimeException ignored) {
            // closing a broken connection
        }
        folder = null;
        store = null;
    }

    @Override
    public void close() {
        running.set(false);
        synchronized (wake) {
            wake.notifyAll();
        }
        disconnect();
        Thread t = thread;
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
