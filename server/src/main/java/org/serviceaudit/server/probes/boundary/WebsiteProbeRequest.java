package org.serviceaudit.server.probes.boundary;

import jakarta.json.JsonObject;
import org.serviceaudit.probes.web.Topics;
import org.serviceaudit.server.clients.entity.Location;
import org.serviceaudit.server.probes.control.ProbeScheduler;
import org.serviceaudit.server.probes.entity.WebsiteProbe;
import org.serviceaudit.server.problems.FieldErrors;

import java.io.StringReader;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The body of POST /website-probes and PUT /website-probes/{id}.
 *
 * @param locationId     a location of the client with a website of its own; leave out for the client's site
 * @param url            the home page, http or https
 * @param topics         the FAQ topics: {@code {"topic": {"en": ["phrase", …], "ru": […]}, …}}; default the standard's
 * @param schedule       a cron expression with seconds, e.g. {@code 0 0 6 * * MON}; leave out to run only by hand
 * @param timeZone       the schedule's zone; default the location's, or UTC
 * @param maxClicks      links followed from the home page looking for the FAQ; default 3 (0–5)
 * @param findableClicks the FAQ is easy to find within this many clicks; default 2
 * @param minPairs       an FAQ with fewer question/answer pairs is not detailed; default 5
 */
public record WebsiteProbeRequest(Long clientId, Long locationId, String url, JsonObject topics, String schedule, String timeZone,
                                  Integer maxClicks, Integer findableClicks, Integer minPairs, Boolean enabled) {

    WebsiteProbe.Definition validDefinition(long client, Optional<Location> location) {
        FieldErrors errors = new FieldErrors()
                .text("/url", url, 2000, true)
                .webAddress("/url", url)
                .text("/schedule", schedule, 200, false)
                .text("/timeZone", timeZone, 64, false)
                .check("/maxClicks", maxClicks, n -> n >= 0 && n <= 5, "must be 0 to 5")
                .check("/findableClicks", findableClicks, n -> n >= 0 && n <= 5, "must be 0 to 5")
                .check("/minPairs", minPairs, n -> n >= 1 && n <= 100, "must be 1 to 100");
        if (locationId != null && location.isEmpty()) {
            errors.add("/locationId", "there is no location " + locationId);
        } else if (location.isPresent() && location.get().client().id() != client) {
            errors.add("/locationId", "location " + locationId + " belongs to another client");
        }
        ZoneId zone = errors.zone("/timeZone", timeZone).orElse(location.map(Location::timeZone).orElse(ZoneOffset.UTC));
        if (schedule != null && !schedule.isBlank()) {
            try {
                ProbeScheduler.cron(schedule.strip(), zone);
            } catch (IllegalArgumentException e) {
                errors.add("/schedule", "is not a cron expression (seconds minutes hours day-of-month month day-of-week, e.g. "
                        + "'0 0 6 * * MON'): " + e.getMessage());
            }
        }
        Optional<String> topicJson = Optional.ofNullable(topics).map(JsonObject::toString);
        if (topicJson.isPresent()) {
            try {
                if (Topics.read(new StringReader(topicJson.get())).topics().isEmpty()) {
                    errors.add("/topics", "has no topic; leave it out for the standard's");
                }
            } catch (IllegalArgumentException e) {
                errors.add("/topics", e.getMessage());
            }
        }
        errors.throwIfAny("the website probe is not valid");
        return new WebsiteProbe.Definition(location, url.strip(), topicJson, Optional.ofNullable(schedule).map(String::strip)
                .filter(s -> !s.isEmpty()), zone, maxClicks == null ? 3 : maxClicks, findableClicks == null ? 2 : findableClicks,
                minPairs == null ? 5 : minPairs, enabled == null || enabled);
    }
}
