package org.serviceaudit.probes.cli;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.MessagingException;
import org.serviceaudit.probes.email.BusinessHours;
import org.serviceaudit.probes.email.EmailProbeRun;
import org.serviceaudit.probes.email.Inquiry;
import org.serviceaudit.probes.email.InquiryBank;
import org.serviceaudit.probes.email.InquirySender;
import org.serviceaudit.probes.email.MailServer;
import org.serviceaudit.probes.email.MailboxWatcher;
import org.serviceaudit.probes.email.Phrases;
import org.serviceaudit.probes.email.ProbeMailbox;
import org.serviceaudit.probes.email.TrackingToken;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code probe email-run}: one email probe from start to end without a server. Sends the
 * inquiry, watches the mailbox for new mail, and prints the run's result when a person has
 * replied, the message bounced for good, or the wait is over ("no reply"). Passwords come from
 * the environment ({@code PROBE_SMTP_PASSWORD}, {@code PROBE_IMAP_PASSWORD}), never from
 * arguments, which other users of the machine can read.
 */
final class EmailRunCommand {

    static final String USAGE = """
              probe email-run --to ADDRESS --from ADDRESS --customer NAME --question LANG/ID
                              --smtp HOST:PORT [--smtp-security plain|starttls|tls] [--smtp-user USER]
                              --imap HOST:PORT [--imap-security plain|starttls|tls] [--imap-user USER] [--folder INBOX]
                              [--threshold-hours 10] [--wait-hours 72] [--plus-addressing]
              Sends one inquiry and waits for its answer; passwords from PROBE_SMTP_PASSWORD and
              PROBE_IMAP_PASSWORD. Prints the result: state (replied, bounced, no-reply), times
              in seconds, checks and score.
            """;

    private EmailRunCommand() {
    }

    static String run(List<String> args, Map<String, String> env, Clock clock) throws Probe.UsageException, MessagingException,
            InterruptedException {
        Map<String, String> options = new HashMap<>();
        boolean plusAddressing = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--plus-addressing")) {
                plusAddressing = true;
            } else if (arg.startsWith("--") && i + 1 < args.size()) {
                options.put(arg.substring(2), args.get(++i));
            } else {
                throw new Probe.UsageException("unexpected argument '" + arg + "'");
            }
        }
        for (String required : List.of("to", "from", "customer", "question", "smtp", "imap")) {
            if (!options.containsKey(required)) {
                throw new Probe.UsageException("email-run needs --" + required);
            }
        }
        InquiryBank bank = InquiryBank.shipped();
        InquiryBank.Question question = Probe.named(bank, options.get("question"));
        MailServer smtp = server(options, "smtp", env.get("PROBE_SMTP_PASSWORD"));
        MailServer imap = server(options, "imap", env.get("PROBE_IMAP_PASSWORD"));
        String folder = options.getOrDefault("folder", "INBOX");
        Duration threshold = Duration.ofHours(number(options, "threshold-hours", 10));
        Duration wait = Duration.ofHours(number(options, "wait-hours", 72));

        Inquiry inquiry = bank.compose(question, options.get("customer"), options.get("customer"), TrackingToken.next());
        MailboxWatcher.Position start = MailboxWatcher.end(imap, folder);
        CountDownLatch settled = new CountDownLatch(1);
        ProbeMailbox mailbox = new ProbeMailbox(Phrases.shipped(), (run, match, message, assessment) -> {
            if (run.state() == EmailProbeRun.State.REPLIED || run.state() == EmailProbeRun.State.BOUNCED) {
                settled.countDown();
            }
        });
        try (MailboxWatcher watcher = new MailboxWatcher(imap, folder, start.uidValidity(), start.lastUid(), Duration.ofSeconds(30), mailbox)) {
            watcher.start();
            InquirySender.Sent sent = new InquirySender(smtp, clock).send(inquiry, options.get("from"), options.get("to"), plusAddressing);
            EmailProbeRun run = new EmailProbeRun(inquiry, sent.sentAt(), threshold, wait, new BusinessHours(ZoneOffset.UTC, Map.of()));
            mailbox.add(run);
            long waitMillis = Duration.between(clock.instant(), run.giveUpAt()).toMillis();
            if (!settled.await(Math.max(0, waitMillis), TimeUnit.MILLISECONDS)) {
                synchronized (run) {
                    run.expire(run.giveUpAt());
                }
            }
            synchronized (run) {
                return Probe.pretty(json(run, sent));
            }
        }
    }

    private static JsonObject json(EmailProbeRun run, InquirySender.Sent sent) {
        EmailProbeRun.Result r = run.result();
        JsonObjectBuilder out = Json.createObjectBuilder()
                .add("state", r.state().code())
                .add("token", run.inquiry().token())
                .add("messageId", sent.messageId())
                .add("sentAt", r.sentAt().toString());
        r.acknowledgedAfter().ifPresent(d -> out.add("acknowledgedAfterSeconds", d.toSeconds()));
        r.repliedAfter().ifPresent(d -> out.add("repliedAfterSeconds", d.toSeconds()));
        r.onTime().ifPresent(t -> out.add("onTime", t));
        r.verdict().ifPresent(v -> out.add("verdict", v));
        out.add("checks", Probe.checks(r.checks()));
        r.score().ifPresent(s -> out.add("score", s));
        out.add("notes", Json.createArrayBuilder(r.notes()));
        return out.build();
    }

    private static MailServer server(Map<String, String> options, String kind, String password) throws Probe.UsageException {
        String address = options.get(kind);
        int colon = address.lastIndexOf(':');
        if (colon <= 0) {
            throw new Probe.UsageException("--" + kind + " is HOST:PORT");
        }
        int port;
        try {
            port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new Probe.UsageException("--" + kind + " port must be a number: " + address);
        }
        MailServer.Security security;
        try {
            security = MailServer.Security.valueOf(options.getOrDefault(kind + "-security", "starttls").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Probe.UsageException("--" + kind + "-security is plain, starttls or tls");
        }
        try {
            return new MailServer(address.substring(0, colon), port, security, options.get(kind + "-user"), password, Duration.ofSeconds(30));
        } catch (IllegalArgumentException e) {
            throw new Probe.UsageException("--" + kind + ": " + e.getMessage());
        }
    }

    private static long number(Map<String, String> options, String name, long fallback) throws Probe.UsageException {
        try {
            long value = Long.parseLong(options.getOrDefault(name, Long.toString(fallback)));
            if (value <= 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Probe.UsageException("--" + name + " must be a positive whole number");
        }
    }
}
