package org.serviceaudit.server.probes.boundary;

import org.serviceaudit.server.probes.entity.EmailProbe;

import java.time.Instant;
import java.util.Optional;

/**
 * @param timeZone  the location's, in which the schedule is read
 * @param nextRunAt when the schedule runs it next; absent without a schedule or when disabled
 */
public record EmailProbeView(long id, long locationId, long clientId, long mailboxId, String targetAddress, String language,
                             String questionId, String customerName, String signature, String schedule, String timeZone,
                             Instant nextRunAt, int thresholdMinutes, int giveUpDays, boolean enabled, Instant createdAt) {

    static EmailProbeView of(EmailProbe p, Optional<Instant> nextRunAt) {
        return new EmailProbeView(p.id(), p.location().id(), p.location().client().id(), p.mailbox().id(), p.targetAddress(),
                p.language(), p.questionId().orElse(null), p.customerName(), p.ownSignature().orElse(null), p.schedule().orElse(null),
                p.location().timeZone().getId(), nextRunAt.orElse(null), (int) p.threshold().toMinutes(), p.giveUpDays(), p.enabled(),
                p.createdAt());
    }
}
