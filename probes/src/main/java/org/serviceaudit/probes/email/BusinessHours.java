package org.serviceaudit.probes.email;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A location's opening hours in its time zone, to count how much of a wait fell into them:
 * an email sent on Friday evening and answered on Monday at ten was answered within one hour
 * of business time if the shop opens at nine. Daylight-saving changes are the zone's.
 */
public final class BusinessHours {

    /** Open from {@code opens} until {@code closes} on one day; {@code closes} after {@code opens}. */
    public record Span(LocalTime opens, LocalTime closes) {
        public Span {
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("a span closes after it opens: " + opens + "–" + closes);
            }
        }
    }

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Span>> week;

    public BusinessHours(ZoneId zone, Map<DayOfWeek, List<Span>> week) {
        this.zone = zone;
        this.week = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, spans) -> this.week.put(day, List.copyOf(spans)));
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isEmpty() {
        return week.values().stream().allMatch(List::isEmpty);
    }

    /** The business time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Span span : week.getOrDefault(day.getDayOfWeek(), List.of())) {
                Instant opens = ZonedDateTime.of(day, span.opens(), zone).toInstant();
                Instant closes = ZonedDateTime.of(day, span.closes(), zone).toInstant();
                Instant start = opens.isAfter(from) ? opens : from;
                Instant end = closes.isBefore(to) ? closes : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }
}
