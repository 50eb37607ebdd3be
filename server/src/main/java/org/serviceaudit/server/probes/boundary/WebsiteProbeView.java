package org.serviceaudit.server.probes.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.serviceaudit.server.probes.entity.WebsiteProbe;

import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;

/** @param topics the client's topics; absent when the standard's are used */
public record WebsiteProbeView(long id, long clientId, Long locationId, String url, JsonObject topics, String schedule, String timeZone,
                               Instant nextRunAt, int maxClicks, int findableClicks, int minPairs, boolean enabled, Instant createdAt) {

    static WebsiteProbeView of(WebsiteProbe p, Optional<Instant> nextRunAt) {
        return new WebsiteProbeView(p.id(), p.client().id(), p.location().map(l -> l.id()).orElse(null), p.url(),
                p.topics().map(t -> Json.createReader(new StringReader(t)).readObject()).orElse(null), p.schedule().orElse(null),
                p.timeZone().getId(), nextRunAt.orElse(null), p.maxClicks(), p.findableClicks(), p.minPairs(), p.enabled(), p.createdAt());
    }
}
