package org.serviceaudit.probes.email;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One inquiry's outcome, as the messages that answer it arrive: the first automatic
 * acknowledgement and the first person's reply are timed separately from our send time; a
 * final bounce ends the run; a delay warning is noted and the run waits on. When the give-up
 * time passes without a person's reply the result is "no reply within N days" — a result,
 * scored 0, not a missing value.
 *
 * <p>Plain state with no clock of its own: the owner passes each message's arrival time
 * (IMAP INTERNALDATE) and the current time, so the run is tested without waiting.
 */
public final class EmailProbeRun {

    public enum State {
        SENT, ACKNOWLEDGED, REPLIED, NO_REPLY, BOUNCED;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public boolean pending() {
            return this == SENT || this == ACKNOWLEDGED;
        }
    }

    /** Weight of the reply time in the score; the rest is the grade of the reply's checks. */
    public static final double TIMING_WEIGHT = 0.4;

    private final Inquiry inquiry;
    private final Instant sentAt;
    private final Duration threshold;
    private final Duration giveUpAfter;
    private final BusinessHours hours;
    private State state = State.SENT;
    private Instant acknowledgedAt;
    private Instant repliedAt;
    private Instant bouncedAt;
    private Map<String, Check> checks = Map.of();
    private boolean followedUp;
    private boolean finished;
    private final List<String> notes = new ArrayList<>();

    /**
     * @param threshold   a reply within it is on time (the standard: 10 hours)
     * @param giveUpAfter without a person's reply by then, the run ends as no reply
     */
    public EmailProbeRun(Inquiry inquiry, Instant sentAt, Duration threshold, Duration giveUpAfter, BusinessHours hours) {
        this.inquiry = inquiry;
        this.sentAt = sentAt;
        this.threshold = threshold;
        this.giveUpAfter = giveUpAfter;
        this.hours = hours;
    }

    public Inquiry inquiry() {
        return inquiry;
    }

    public State state() {
        return state;
    }

    /** A message matched to this run, with its arrival time. */
    public void receive(ReplyAssessment message, Instant arrivedAt) {
        if (finished) {
            notes.add("after the run ended, at " + arrivedAt + ": " + message.classification().messageClass().code());
            return;
        }
        switch (message.classification().messageClass()) {
            case BOUNCE -> {
                if (message.classification().finalBounce()) {
                    if (state.pending()) {
                        state = State.BOUNCED;
                        bouncedAt = arrivedAt;
                        finished = true;
                    }
                } else {
                    notes.add("delivery delayed, reported at " + arrivedAt);
                }
            }
            case AUTO -> {
                if (acknowledgedAt == null) {
                    acknowledgedAt = arrivedAt;
                }
                if (state == State.SENT) {
                    state = State.ACKNOWLEDGED;
                }
            }
            case HUMAN -> {
                if (repliedAt == null) {
                    repliedAt = arrivedAt;
                    checks = message.checks();
                    state = State.REPLIED;
                } else if (arrivedAt.isAfter(repliedAt)) {
                    followedUp = true;
                }
            }
        }
    }

    /**
     * Ends the run once its give-up time has passed: without a person's reply it is no reply;
     * with one, whether a follow-up came is now known. Returns whether the run ended now.
     */
    public boolean expire(Instant now) {
        if (finished || now.isBefore(giveUpAt())) {
            return false;
        }
        finished = true;
        if (state.pending()) {
            state = State.NO_REPLY;
        }
        return true;
    }

    public Instant giveUpAt() {
        return sentAt.plus(giveUpAfter);
    }

    public boolean finished() {
        return finished;
    }

    /** The measures so far. */
    public Result result() {
        Optional<Duration> ack = after(acknowledgedAt);
        Optional<Duration> reply = after(repliedAt);
        Map<String, Check> allChecks = new LinkedHashMap<>(checks);
        if (repliedAt != null && finished) {
            allChecks.put(ReplyGrader.FOLLOW_UP, new Check(followedUp, followedUp ? "a further message followed the reply"
                    : "no further message within " + giveUpAfter.toDays() + " days"));
        }
        Optional<Boolean> onTime = state == State.NO_REPLY || state == State.BOUNCED ? Optional.of(false)
                : reply.map(r -> r.compareTo(threshold) <= 0);
        return new Result(state, sentAt, Optional.ofNullable(acknowledgedAt), ack, Optional.ofNullable(repliedAt), reply,
                reply.map(r -> hours.isEmpty() ? r : hours.between(sentAt, repliedAt)),
                onTime, allChecks, score(reply, allChecks), state == State.NO_REPLY
                        ? Optional.of("no reply within " + giveUpAfter.toDays() + " days") : Optional.empty(),
                List.copyOf(notes));
    }

    private Optional<Duration> after(Instant at) {
        // INTERNALDATE has whole seconds; our send time is kept to the second too, so the difference is exact to 1 s.
        return Optional.ofNullable(at).map(t -> Duration.between(sentAt.truncatedTo(ChronoUnit.SECONDS), t));
    }

    private Optional<Double> score(Optional<Duration> reply, Map<String, Check> allChecks) {
        if (state == State.NO_REPLY || state == State.BOUNCED) {
            return Optional.of(0.0);
        }
        return reply.map(r -> {
            double late = (r.toSeconds() - threshold.toSeconds()) / (double) threshold.toSeconds();
            double timing = late <= 0 ? 1 : Math.max(0, 1 - late);
            return Math.round((TIMING_WEIGHT * timing + (1 - TIMING_WEIGHT) * ReplyGrader.score(allChecks)) * 10_000) / 10_000.0;
        });
    }

    /**
     * @param businessReplyAfter the reply time counted in the location's opening hours only
     * @param onTime             replied within the threshold; false for no reply and bounces
     * @param score              0..1: 40% timing (full within the threshold, falling to 0 at twice
     *                           it), 60% the checks; 0 for no reply and bounces; empty while pending
     */
    public record Result(State state, Instant sentAt, Optional<Instant> acknowledgedAt, Optional<Duration> acknowledgedAfter,
                         Optional<Instant> repliedAt, Optional<Duration> repliedAfter, Optional<Duration> businessReplyAfter,
                         Optional<Boolean> onTime, Map<String, Check> checks, Optional<Double> score, Optional<String> verdict,
                         List<String> notes) {
    }
}
