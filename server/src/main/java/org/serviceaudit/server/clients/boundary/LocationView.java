package org.serviceaudit.server.clients.boundary;

import org.serviceaudit.server.clients.entity.Location;

import java.time.Instant;
import java.util.List;

public record LocationView(long id, long clientId, String name, String address, String timeZone,
                           List<OpeningHoursView> openingHours, String phone, String email, String website, Instant createdAt) {

    static LocationView of(Location l) {
        return new LocationView(l.id(), l.client().id(), l.name(), l.address().orElse(null), l.timeZone().getId(),
                l.openingHours().stream().map(OpeningHoursView::of).toList(), l.phone().orElse(null), l.email().orElse(null),
                l.website().orElse(null), l.createdAt());
    }
}
