package org.serviceaudit.server.probes.boundary;

import org.serviceaudit.probes.email.InquiryBank;
import org.serviceaudit.server.clients.entity.Location;
import org.serviceaudit.server.probes.control.ProbeScheduler;
import org.serviceaudit.server.probes.entity.EmailProbe;
import org.serviceaudit.server.probes.entity.Mailbox;
import org.serviceaudit.server.problems.FieldErrors;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The body of POST /email-probes and PUT /email-probes/{id}.
 *
 * @param language         en, ru, uk or sv
 * @param questionId       a question of the bank in that language; leave out to ask each in turn
 * @param signature        the sign-off under the inquiry; default the customer's name
 * @param schedule         a cron expression with seconds, in the location's time zone, such as
 *                         {@code 0 0 10 * * MON} (Mondays 10:00); leave out to run only by hand
 * @param thresholdMinutes a reply within it is on time; default 600 (the standard's 10 hours)
 * @param giveUpDays       without a person's reply by then the run ends as no reply; default 3, at most 30
 * @param enabled          default true
 */
public record EmailProbeRequest(Long locationId, Long mailboxId, String targetAddress, String language, String questionId,
                                String customerName, String signature, String schedule, Integer thresholdMinutes, Integer giveUpDays,
                                Boolean enabled) {

    static final int DEFAULT_THRESHOLD_MINUTES = 600;
    static final int DEFAULT_GIVE_UP_DAYS = 3;

    EmailProbe.Definition validDefinition(Optional<Location> location, LongFunction<Optional<Mailbox>> mailboxes) {
        InquiryBank bank = InquiryBank.shipped();
        FieldErrors errors = new FieldErrors()
                .text("/targetAddress", targetAddress, 320, true)
                .check("/targetAddress", targetAddress, a -> MailboxRequest.EMAIL.matcher(a.strip()).matches(), "is not an e-mail address")
                .text("/language", language, 2, true)
                .check("/language", language, l -> bank.languages().contains(l), "must be one of " + String.join(", ", bank.languages()))
                .text("/questionId", questionId, 50, false)
                .text("/customerName", customerName, 200, true)
                .text("/signature", signature, 1000, false)
                .text("/schedule", schedule, 200, false)
                .check("/thresholdMinutes", thresholdMinutes, t -> t >= 1 && t <= 30 * 24 * 60, "must be 1 to 43200 minutes")
                .check("/giveUpDays", giveUpDays, d -> d >= 1 && d <= 30, "must be 1 to 30 days")
                .required("/mailboxId", mailboxId);
        if (questionId != null && language != null && bank.languages().contains(language) && bank.question(language, questionId).isEmpty()) {
            errors.add("/questionId", "the " + language + " bank has no question '" + questionId + "'; it has "
                    + bank.questions(language).stream().map(InquiryBank.Question::id).collect(Collectors.joining(", ")));
        }
        Optional<Mailbox> mailbox = mailboxId == null ? Optional.empty() : mailboxes.apply(mailboxId);
        if (mailboxId != null && mailbox.isEmpty()) {
            errors.add("/mailboxId", "there is no mailbox " + mailboxId);
        }
        if (schedule != null && !schedule.isBlank() && location.isPresent()) {
            try {
                ProbeScheduler.cron(schedule.strip(), location.get().timeZone());
            } catch (IllegalArgumentException e) {
                errors.add("/schedule", "is not a cron expression (seconds minutes hours day-of-month month day-of-week, e.g. "
                        + "'0 0 10 * * MON'): " + e.getMessage());
            }
        }
        errors.throwIfAny("the email probe is not valid");
        return new EmailProbe.Definition(mailbox.get(), targetAddress.strip(), language, Optional.ofNullable(questionId),
                customerName.strip(), Optional.ofNullable(signature).map(String::strip),
                Optional.ofNullable(schedule).map(String::strip), Duration.ofMinutes(thresholdMinutes == null ? DEFAULT_THRESHOLD_MINUTES
                : thresholdMinutes), giveUpDays == null ? DEFAULT_GIVE_UP_DAYS : giveUpDays, enabled == null || enabled);
    }
}
