package org.serviceaudit.server.quality.control;

import org.junit.jupiter.api.Test;
import org.serviceaudit.server.platform.QueryParameters;
import org.serviceaudit.server.problems.ApiException;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PeriodTest {

    private static Period of(String period, String zone) {
        QueryParameters parameters = new QueryParameters();
        Period p = Period.of(parameters, period, null, null, zone).orElse(null);
        parameters.throwIfAny();
        return p;
    }

    @Test
    void namedPeriodsBeginAtMidnightInTheirZone() {
        Period november = of("2026-11", "Europe/Stockholm");
        assertEquals(Instant.parse("2026-10-31T23:00:00Z"), november.from());
        assertEquals(Instant.parse("2026-11-30T23:00:00Z"), november.to());
        Period q4 = of("2026-q4", null);
        assertEquals("2026-Q4", q4.label());
        assertEquals(Instant.parse("2026-10-01T00:00:00Z"), q4.from());
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), q4.to());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), of("2026", "UTC").from());
    }

    @Test
    void thePreviousPeriodIsTheCalendarOneBefore() {
        assertEquals("2026-10", of("2026-11", "Europe/Kyiv").previous().label());
        assertEquals("2025-12", of("2026-01", "UTC").previous().label());
        assertEquals("2025-Q4", of("2026-Q1", "UTC").previous().label());
        assertEquals("2025", of("2026", "UTC").previous().label());
        QueryParameters parameters = new QueryParameters();
        Period custom = Period.of(parameters, null, "2026-11-10T00:00:00Z", "2026-11-20T00:00:00Z", null).orElseThrow();
        assertEquals(Instant.parse("2026-10-31T00:00:00Z"), custom.previous().from());
        assertEquals(ZoneId.of("UTC"), custom.zone());
    }

    @Test
    void badPeriodsAreParameterErrors() {
        assertThrows(ApiException.class, () -> of("2026-13", null));
        assertThrows(ApiException.class, () -> of("2026-Q5", null));
        assertThrows(ApiException.class, () -> of("2026-11", "Mars/Olympus"));
        assertThrows(ApiException.class, () -> of(null, null));
    }
}
