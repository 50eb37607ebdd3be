package org.serviceaudit.server.probes.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.serviceaudit.server.probes.entity.WebsiteRun;

import java.io.StringReader;
import java.time.Instant;

/**
 * A website probe run with its measures; a single run also has {@code result}, the probe's
 * whole result with its evidence (the JSON of {@code probe website}).
 *
 * @param state     scheduled, running or done
 * @param reachable false when the site could not be had; {@code failure} says why and the score is 0
 */
public record WebsiteRunView(long id, long probeId, long clientId, Long locationId, String trigger, String state, Instant dueAt,
                             Instant startedAt, Instant finishedAt, String url, Boolean reachable, String failureKind, String failure,
                             Double score, Boolean faqFound, Integer faqClicks, Integer faqPairs, Integer topicsCovered,
                             Integer topicsTotal, Boolean contactVisible, Boolean chatPresent, Long loadMillis, JsonObject result) {

    static WebsiteRunView summary(WebsiteRun r) {
        return of(r, false);
    }

    static WebsiteRunView of(WebsiteRun r, boolean detail) {
        return new WebsiteRunView(r.id(), r.probe().id(), r.clientId(), r.locationId().orElse(null),
                r.trigger().name().toLowerCase(java.util.Locale.ROOT), r.state().code(), r.dueAt(), r.startedAt().orElse(null),
                r.finishedAt().orElse(null), r.url(), r.reachable().orElse(null), r.failureKind().orElse(null), r.failure().orElse(null),
                r.score().orElse(null), r.faqFound().orElse(null), r.faqClicks().orElse(null), r.faqPairs().orElse(null),
                r.topicsCovered().orElse(null), r.topicsTotal().orElse(null), r.contactVisible().orElse(null), r.chatPresent().orElse(null),
                r.loadMillis().orElse(null),
                detail ? r.result().map(json -> Json.createReader(new StringReader(json)).readObject()).orElse(null) : null);
    }
}
