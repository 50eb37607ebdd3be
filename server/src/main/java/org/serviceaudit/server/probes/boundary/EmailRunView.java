package org.serviceaudit.server.probes.boundary;

import org.serviceaudit.server.probes.entity.EmailRun;
import org.serviceaudit.server.probes.entity.RunMessage;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run with its measures. Times are from our send to the message's arrival in the probe
 * mailbox, in whole seconds; {@code businessRepliedAfterSeconds} counts only the location's
 * opening hours. {@code score} is 0..1 once there is a person's reply, or 0 for no reply and
 * a bounce. Lists leave out the inquiry's text and the messages; a single run has them.
 *
 * @param state    scheduled, sending, sent, acknowledged, replied, no-reply, bounced or failed
 * @param verdict  for no reply: "no reply within N days"
 * @param failure  why a failed run was not sent
 * @param sendAttempts attempts that could not reach the SMTP server (the run is tried again after a pause)
 * @param sendError why the last of them failed
 * @param checks   the grade of the first person's reply: check name → pass and evidence
 * @param finished whether the run is over (no more replies are waited for)
 */
public record EmailRunView(long id, long probeId, long locationId, long clientId, String trigger, String state, Instant dueAt,
                           Instant sentAt, String from, String to, String language, String questionId, String subject,
                           Instant acknowledgedAt, Long acknowledgedAfterSeconds, Instant repliedAt, Long repliedAfterSeconds,
                           Long businessRepliedAfterSeconds, Instant bouncedAt, Integer thresholdMinutes, Boolean onTime, Double score, String verdict,
                           String failure, int sendAttempts, String sendError, Map<String, CheckView> checks, List<String> notes,
                           Instant giveUpAt, boolean finished,
                           String body, String messageId, List<MessageView> messages) {

    public record CheckView(boolean pass, String evidence) {
    }

    /**
     * A message matched to the run.
     *
     * @param matchedBy how it was found to answer the inquiry (thread headers, plus tag, returned headers)
     * @param evidence  why it was classified so
     */
    public record MessageView(long id, Instant arrivedAt, String messageId, String from, String subject, String matchedBy,
                              String messageClass, boolean finalBounce, List<String> evidence, Map<String, CheckView> checks,
                              String headers, String text) {

        static MessageView of(RunMessage m) {
            return new MessageView(m.id(), m.arrivedAt(), m.messageId().orElse(null), m.sender().orElse(null), m.subject().orElse(null),
                    m.matchedBy(), m.messageClass().code(), m.finalBounce(), strings(m.evidence()),
                    m.checks().map(EmailRunView::checks).orElse(null), m.headers(), m.text());
        }
    }

    static EmailRunView summary(EmailRun r) {
        return of(r, false, List.of());
    }

    static EmailRunView of(EmailRun r, List<RunMessage> messages) {
        return of(r, true, messages);
    }

    private static EmailRunView of(EmailRun r, boolean detail, List<RunMessage> messages) {
        return new EmailRunView(r.id(), r.probe().id(), r.locationId(), r.clientId(), r.trigger().name().toLowerCase(java.util.Locale.ROOT),
                r.state().code(), r.dueAt(), r.sentAt().orElse(null), r.fromAddress(), r.toAddress(), r.language(), r.questionId(),
                r.subject(), r.acknowledgedAt().orElse(null), r.acknowledgedAfterSeconds().orElse(null), r.repliedAt().orElse(null),
                r.repliedAfterSeconds().orElse(null), r.businessRepliedAfterSeconds().orElse(null), r.bouncedAt().orElse(null),
                (int) r.threshold().toMinutes(),
                r.onTime().orElse(null), r.score().orElse(null), r.verdict().orElse(null), r.failure().orElse(null), r.sendAttempts(),
                r.sendError().orElse(null), checks(r.checks()),
                strings(r.notes()), r.giveUpAt().orElse(null), r.finishedAt().isPresent(),
                detail ? r.body() : null, detail ? r.messageId().orElse(null) : null,
                detail ? messages.stream().map(MessageView::of).toList() : null);
    }

    private static Map<String, CheckView> checks(String json) {
        Map<String, CheckView> checks = new LinkedHashMap<>();
        EmailRun.parseChecks(json).forEach((name, check) -> checks.put(name, new CheckView(check.pass(), check.evidence())));
        return checks;
    }

    private static List<String> strings(String json) {
        return EmailRun.parseStrings(json);
    }
}
