package org.serviceaudit.probes.cli;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.serviceaudit.probes.email.Check;
import org.serviceaudit.probes.email.Inquiry;
import org.serviceaudit.probes.email.InquiryBank;
import org.serviceaudit.probes.email.MessageClass;
import org.serviceaudit.probes.email.MessageText;
import org.serviceaudit.probes.email.Messages;
import org.serviceaudit.probes.email.ReplyText;
import org.serviceaudit.probes.email.Phrases;
import org.serviceaudit.probes.email.ReplyAssessment;
import org.serviceaudit.probes.email.TrackingToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar probe.jar <command> …}. Output is JSON on standard output; problems are
 * one line on standard error and exit status 2 (usage) or 1 (the input could not be read).
 */
public final class Probe {

    static final String USAGE = """
            usage: probe email-classify FILE.eml [--question LANG/ID] [--customer NAME]
              Classifies a received message (auto, bounce, human) and grades a human reply.
              --question  the bank question it answers (en/documents, ru/bulk, …); by default
                          recognised from the subject or the quoted text
              --customer  the mystery customer's name; by default the reply's To name
            """ + EmailRunCommand.USAGE + WebsiteCommand.USAGE;

    private Probe() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv(), Clock.systemUTC()));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Map.of(), Clock.systemUTC());
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        try {
            if (args[0].equals("email-classify")) {
                out.println(emailClassify(List.of(args).subList(1, args.length)));
                return 0;
            }
            if (args[0].equals("website")) {
                out.println(WebsiteCommand.run(List.of(args).subList(1, args.length), clock));
                return 0;
            }
            if (args[0].equals("email-run")) {
                out.println(EmailRunCommand.run(List.of(args).subList(1, args.length), env, clock));
                return 0;
            }
            err.println("probe: unknown command '" + args[0] + "'");
            err.print(USAGE);
            return 2;
        } catch (UsageException e) {
            err.println("probe: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (NoSuchFileException e) {
            err.println("probe: no such file: " + e.getFile());
            return 1;
        } catch (IOException e) {
            err.println("probe: cannot read the message: " + e.getMessage());
            return 1;
        } catch (MessagingException e) {
            err.println("probe: mail failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("probe: interrupted");
            return 1;
        }
    }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static String emailClassify(List<String> args) throws UsageException, IOException, MessagingException {
        Path file = null;
        String question = null;
        String customer = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--question" -> question = value(args, ++i, arg);
                case "--customer" -> customer = value(args, ++i, arg);
                default -> {
                    if (arg.startsWith("--") || file != null) {
                        throw new UsageException("unexpected argument '" + arg + "'");
                    }
                    file = Path.of(arg);
                }
            }
        }
        if (file == null) {
            throw new UsageException("email-classify needs the message file (.eml)");
        }
        Phrases phrases = Phrases.shipped();
        InquiryBank bank = InquiryBank.shipped();
        Optional<InquiryBank.Question> given = question == null ? Optional.empty() : Optional.of(named(bank, question));
        MimeMessage message;
        try (InputStream in = Files.newInputStream(file)) {
            message = Messages.parse(in);
        }
        Optional<InquiryBank.Question> asked = given.isPresent() ? given : recognise(message, bank, phrases);
        String customerName = customer != null ? customer : toName(message);
        Optional<Inquiry> inquiry = asked.filter(q -> customerName != null)
                .map(q -> bank.compose(q, customerName, customerName, ""));
        ReplyAssessment assessment = ReplyAssessment.of(message, inquiry, Optional.empty(), phrases);
        // Without the probe's records any token of the right form is reported.
        Optional<TrackingToken.Found> token = TrackingToken.find(message, t -> TrackingToken.FORMAT.matcher(t).matches());
        return json(assessment, token, asked, customerName);
    }

    static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    static InquiryBank.Question named(InquiryBank bank, String spec) throws UsageException {
        String[] parts = spec.split("/", 2);
        if (parts.length != 2) {
            throw new UsageException("--question is LANG/ID, such as en/documents");
        }
        return bank.question(parts[0], parts[1]).orElseThrow(() -> new UsageException("no question " + spec + " in the bank; it has "
                + String.join(", ", bank.languages().stream().flatMap(l -> bank.questions(l).stream().map(q -> l + "/" + q.id())).toList())));
    }

    private static Optional<InquiryBank.Question> recognise(MimeMessage message, InquiryBank bank, Phrases phrases) throws MessagingException {
        String subject = message.getSubject() == null ? "" : message.getSubject();
        String quoted = ReplyText.of(MessageText.of(message), phrases).quoted();
        return bank.recognise(subject, quoted);
    }

    /** The reply is addressed to the mystery customer: the To header's name is theirs. */
    private static String toName(MimeMessage message) {
        try {
            var to = message.getRecipients(MimeMessage.RecipientType.TO);
            if (to != null && to.length > 0 && to[0] instanceof InternetAddress a && a.getPersonal() != null && !a.getPersonal().isBlank()) {
                return a.getPersonal().strip();
            }
        } catch (MessagingException | RuntimeException unreadable) {
            // no name: the name check is left unjudged
        }
        return null;
    }

    private static String json(ReplyAssessment a, Optional<TrackingToken.Found> token, Optional<InquiryBank.Question> asked, String customer) {
        JsonObjectBuilder result = Json.createObjectBuilder().add("class", a.classification().messageClass().code());
        if (a.classification().messageClass() == MessageClass.BOUNCE) {
            result.add("final", a.classification().finalBounce());
        }
        token.ifPresentOrElse(t -> result.add("token", t.token()).add("tokenVia", t.via()), () -> result.addNull("token"));
        asked.ifPresent(q -> result.add("question", q.language() + "/" + q.id()));
        if (customer != null) {
            result.add("customer", customer);
        }
        result.add("evidence", Json.createArrayBuilder(new ArrayList<>(a.evidence())));
        result.add("checks", checks(a.checks()));
        if (!a.unjudged().isEmpty()) {
            result.add("unjudged", Json.createObjectBuilder(new LinkedHashMap<String, Object>(a.unjudged())));
        }
        a.score().ifPresent(s -> result.add("score", Math.round(s * 10_000) / 10_000.0));
        return pretty(result.build());
    }

    /** Each check as {@code {"pass": …, "evidence": …}}: the part of the output both commands share. */
    static JsonObjectBuilder checks(Map<String, Check> checks) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        checks.forEach((name, check) -> json.add(name, Json.createObjectBuilder().add("pass", check.pass()).add("evidence", check.evidence())));
        return json;
    }

    static String pretty(JsonObject json) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(text)) {
            generator.write(json);
        }
        return text.toString().strip();
    }

}
