package org.serviceaudit.server.clients.boundary;

import org.serviceaudit.server.clients.entity.OpeningHours;

import java.util.Locale;

/** An opening period as JSON: {@code {"day": "monday", "opens": "09:00", "closes": "18:00"}}. */
public record OpeningHoursView(String day, String opens, String closes) {

    static OpeningHoursView of(OpeningHours hours) {
        return new OpeningHoursView(hours.day().name().toLowerCase(Locale.ROOT), hours.opens().toString(), hours.closes().toString());
    }
}
