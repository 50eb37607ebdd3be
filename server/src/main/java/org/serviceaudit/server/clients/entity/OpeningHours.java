package org.serviceaudit.server.clients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening period on one day, in the location's time zone. A day may have several. */
@Embeddable
public class OpeningHours {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    private DayOfWeek day;

    // Kept as HH:mm text: EclipseLink binds LocalTime so that H2 does not match it against a
    // TIME column on delete, which silently kept removed opening hours. Text sorts correctly.
    @Column(nullable = false)
    private String opens;

    @Column(nullable = false)
    private String closes;

    protected OpeningHours() {
    }

    public OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("opens must be before closes");
        }
        this.day = day;
        this.opens = opens.toString();
        this.closes = closes.toString();
    }

    public DayOfWeek day() {
        return day;
    }

    public LocalTime opens() {
        return LocalTime.parse(opens);
    }

    public LocalTime closes() {
        return LocalTime.parse(closes);
    }
}
