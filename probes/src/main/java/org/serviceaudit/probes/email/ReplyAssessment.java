package org.serviceaudit.probes.email;

import jakarta.mail.internet.MimeMessage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One received message judged: its class, and for a person's reply the grading checks and
 * their score. (Which run it belongs to is decided before, by {@link TrackingToken}.)
 *
 * @param unjudged checks that could not be made, with the reason (the inquiry was not known)
 */
public record ReplyAssessment(Classification classification, Map<String, Check> checks, Map<String, String> unjudged) {

    /**
     * @param inquiry what was asked, when the caller knows it (a probe run does; the command
     *                line recognises the question from the reply, if it can)
     */
    public static ReplyAssessment of(MimeMessage message, Optional<Inquiry> inquiry, Optional<Boolean> followedUp, Phrases phrases) {
        Classification classification = new MessageClassifier(phrases).classify(message, inquiry);
        Map<String, Check> checks = new LinkedHashMap<>();
        Map<String, String> unjudged = new LinkedHashMap<>();
        if (classification.messageClass() == MessageClass.HUMAN) {
            ReplyText text = ReplyText.of(MessageText.of(message), phrases);
            checks.putAll(new ReplyGrader(phrases).grade(text, inquiry.map(Inquiry::customerName),
                    inquiry.map(Inquiry::keywords), followedUp));
            if (inquiry.isEmpty()) {
                unjudged.put(ReplyGrader.USES_NAME, "the inquiry is not known: its customer name is needed");
                unjudged.put(ReplyGrader.ANSWERS_QUESTION, "the inquiry is not known: its question is needed");
            }
            if (followedUp.isEmpty()) {
                unjudged.put(ReplyGrader.FOLLOW_UP, "only a run that watches the mailbox after the reply knows");
            }
        }
        return new ReplyAssessment(classification, checks, unjudged);
    }

    /** The grade of a person's reply, 0..1 (the share of checks passed); empty for other messages. */
    public Optional<Double> score() {
        return classification.messageClass() == MessageClass.HUMAN ? Optional.of(ReplyGrader.score(checks)) : Optional.empty();
    }

    public List<String> evidence() {
        return classification.evidence();
    }
}
