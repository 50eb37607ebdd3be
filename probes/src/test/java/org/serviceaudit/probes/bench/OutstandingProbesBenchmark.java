package org.serviceaudit.probes.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.serviceaudit.probes.email.BusinessHours;
import org.serviceaudit.probes.email.EmailProbeRun;
import org.serviceaudit.probes.email.Inquiry;
import org.serviceaudit.probes.email.InquiryBank;
import org.serviceaudit.probes.email.MailServer;
import org.serviceaudit.probes.email.MailboxWatcher;
import org.serviceaudit.probes.email.Messages;
import org.serviceaudit.probes.email.Phrases;
import org.serviceaudit.probes.email.ProbeMailbox;
import org.serviceaudit.probes.email.TrackingToken;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Outstanding-probe scale: N probes wait on one mailbox (GreenMail on loopback, IMAP IDLE).
 * Prints the memory the waiting runs take, the CPU time to match, classify and grade one
 * reply among them, and the time from a reply's arrival in the mailbox to its match.
 * Run: {@code mvn -Pbench -pl probes verify -DskipTests} (args: probes, replies).
 */
public final class OutstandingProbesBenchmark {

    public static void main(String[] args) throws Exception {
        int probes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int replies = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        System.out.printf(Locale.ROOT, "ServiceAudit outstanding-probe benchmark: %,d probes waiting on one mailbox, %d replies, %d cores, Java %s%n",
                probes, replies, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        Instant sent = Instant.parse("2026-11-20T09:00:00Z");
        InquiryBank bank = InquiryBank.shipped();
        List<InquiryBank.Question> questions = bank.languages().stream().flatMap(l -> bank.questions(l).stream()).toList();
        long before = usedHeap();
        List<EmailProbeRun> runs = new ArrayList<>(probes);
        for (int i = 0; i < probes; i++) {
            Inquiry inquiry = bank.compose(questions.get(i % questions.size()), "Anna Petrova", "Anna Petrova", TrackingToken.next());
            runs.add(new EmailProbeRun(inquiry, sent, Duration.ofHours(10), Duration.ofDays(3), new BusinessHours(ZoneOffset.UTC, Map.of())));
        }
        Map<String, Long> matchedAt = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(replies);
        ProbeMailbox mailbox = new ProbeMailbox(Phrases.shipped(), (run, match, message, assessment) -> {
            matchedAt.put(run.inquiry().token(), System.nanoTime());
            done.countDown();
        });
        runs.forEach(mailbox::add);
        long held = usedHeap() - before;
        System.out.printf(Locale.ROOT, "memory: %,d waiting runs hold about %.1f MB (%.1f KB each)%n", probes, held / 1e6, held / 1e3 / probes);

        GreenMail mail = new GreenMail(new ServerSetup[]{new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        try {
            mail.setUser("probe@probe.test", "probe@probe.test", "secret");
            MailServer imap = new MailServer("127.0.0.1", mail.getImap().getPort(), MailServer.Security.PLAIN, "probe@probe.test", "secret",
                    Duration.ofSeconds(30));
            Random random = new Random(42);
            List<MimeMessage> messages = new ArrayList<>();
            for (int i = 0; i < replies; i++) {
                messages.add(reply(runs.get(random.nextInt(probes)).inquiry()));
            }

            // CPU per message of matching, classifying and grading, without the network.
            var threads = ManagementFactory.getThreadMXBean();
            ProbeMailbox offline = new ProbeMailbox(Phrases.shipped(), (r, f, m, a) -> { });
            runs.forEach(offline::add);
            for (int warm = 0; warm < 3; warm++) {
                for (MimeMessage m : messages) {
                    offline.accept(new MailboxWatcher.Received(m, sent.plusSeconds(60), 1, 1));
                }
            }
            long cpu = threads.getCurrentThreadCpuTime();
            for (MimeMessage m : messages) {
                offline.accept(new MailboxWatcher.Received(m, sent.plusSeconds(60), 1, 1));
            }
            double cpuMicros = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / messages.size();
            System.out.printf(Locale.ROOT, "match + classify + grade: %.0f µs CPU per reply with %,d probes waiting%n", cpuMicros, probes);

            // Arrival to match over IMAP IDLE: one APPEND at a time, waiting for each match.
            try (MailboxWatcher watcher = new MailboxWatcher(imap, "INBOX", 0, 0, Duration.ofSeconds(1), mailbox)) {
                watcher.start();
                Session session = Session.getInstance(Messages.baseProperties());
                long[] latency = new long[replies];
                try (Store store = session.getStore("imap")) {
                    store.connect(imap.host(), imap.port(), "probe@probe.test", "secret");
                    var inbox = store.getFolder("INBOX");
                    for (int i = 0; i < replies; i++) {
                        MimeMessage m = messages.get(i);
                        String token = m.getHeader("X-Bench-Token", null);
                        long appended = System.nanoTime();
                        inbox.appendMessages(new Message[]{m});
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                        while (!matchedAt.containsKey(token + "#" + i) && System.nanoTime() < deadline) {
                            Long at = matchedAt.remove(token);
                            if (at != null) {
                                matchedAt.put(token + "#" + i, at);
                                break;
                            }
                            Thread.onSpinWait();
                        }
                        latency[i] = matchedAt.getOrDefault(token + "#" + i, Long.MAX_VALUE) - appended;
                    }
                }
                Arrays.sort(latency);
                System.out.printf(Locale.ROOT, "arrival to match over IMAP IDLE: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d replies)%n",
                        latency[replies / 2] / 1e6, latency[(int) (replies * 0.99)] / 1e6, latency[replies - 1] / 1e6, replies);
                System.out.printf(Locale.ROOT, "matched %d, unmatched %d%n", mailbox.matched(), mailbox.unmatched());
            }
        } finally {
            mail.stop();
        }
    }

    private static MimeMessage reply(Inquiry inquiry) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(Messages.baseProperties()));
        m.setFrom(new InternetAddress("sofia@shop.test", "Sofia Martin"));
        m.setRecipients(Message.RecipientType.TO, "anna.petrova@probe.test");
        m.setSubject("Re: " + inquiry.subject(), "UTF-8");
        m.setHeader("In-Reply-To", "<" + inquiry.token() + "@probe.test>");
        m.setHeader("X-Bench-Token", inquiry.token());
        m.setText("Dear Anna,\n\nThank you for the question. " + String.join(" ", inquiry.keywords().stream().map(k -> k.get(0)).toList())
                + " — all of this is possible, and I will send details today.\n\nBest regards,\nSofia Martin\n\n> " + inquiry.body().replace("\n", "\n> "), "UTF-8");
        m.saveChanges();
        return m;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
