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

    @Column(nullable = false)
    private LocalTime opens;

    @Column(nullable = false)
    private LocalTime closes;

    protected OpeningHours() {
    }

    public OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("opens must be before closes");
        }
        this.day = day;
        this.opens = opens;
        this.closes = closes;
    }

    public DayOfWeek day() {
        return day;
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }
}
