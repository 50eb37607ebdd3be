package org.serviceaudit.probes.email;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BusinessHoursTest {

    private static final List<BusinessHours.Span> NINE_TO_SIX = List.of(new BusinessHours.Span(LocalTime.of(9, 0), LocalTime.of(18, 0)));
    private static final BusinessHours WEEKDAYS_KYIV = new BusinessHours(ZoneId.of("Europe/Kyiv"), Map.of(
            DayOfWeek.MONDAY, NINE_TO_SIX, DayOfWeek.TUESDAY, NINE_TO_SIX, DayOfWeek.WEDNESDAY, NINE_TO_SIX,
            DayOfWeek.THURSDAY, NINE_TO_SIX, DayOfWeek.FRIDAY, NINE_TO_SIX));

    @Test
    void aWeekendInBetweenCountsNothing() {
        // Friday 17:00 to Monday 10:00 in Kyiv (UTC+2 in November): one hour on Friday, one on Monday.
        assertEquals(Duration.ofHours(2), WEEKDAYS_KYIV.between(Instant.parse("2026-11-20T15:00:00Z"), Instant.parse("2026-11-23T08:00:00Z")));
    }

    @Test
    void withinOneDayAndOutsideHours() {
        assertEquals(Duration.ofMinutes(90), WEEKDAYS_KYIV.between(Instant.parse("2026-11-18T08:00:00Z"), Instant.parse("2026-11-18T09:30:00Z")));
        assertEquals(Duration.ZERO, WEEKDAYS_KYIV.between(Instant.parse("2026-11-18T17:00:00Z"), Instant.parse("2026-11-18T20:00:00Z")),
                "19:00 to 22:00 local");
        assertEquals(Duration.ZERO, WEEKDAYS_KYIV.between(Instant.parse("2026-11-18T10:00:00Z"), Instant.parse("2026-11-18T09:00:00Z")));
    }

    @Test
    void daylightSavingChangesAreTheZones() {
        // Sunday 29 March 2026 Kyiv moves from UTC+2 to UTC+3: Monday 9:00 is 06:00Z, not 07:00Z.
        assertEquals(Duration.ofHours(1), WEEKDAYS_KYIV.between(Instant.parse("2026-03-27T15:00:00Z"), Instant.parse("2026-03-30T06:00:00Z")),
                "Friday 17:00–18:00 (UTC+2); Monday opens at 06:00Z");
    }

    @Test
    void spansMustEndAfterTheyStart() {
        assertThrows(IllegalArgumentException.class, () -> new BusinessHours.Span(LocalTime.of(18, 0), LocalTime.of(9, 0)));
    }
}
