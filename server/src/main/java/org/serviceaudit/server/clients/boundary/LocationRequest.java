package org.serviceaudit.server.clients.boundary;

import org.serviceaudit.server.clients.entity.Location;
import org.serviceaudit.server.clients.entity.OpeningHours;
import org.serviceaudit.server.problems.FieldErrors;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The body of POST /clients/{id}/locations and PUT /locations/{id}.
 *
 * @param timeZone     an IANA time zone such as {@code Europe/Stockholm}
 * @param openingHours periods such as {@code {"day": "monday", "opens": "09:00", "closes": "18:00"}}
 */
public record LocationRequest(String name, String address, String timeZone, List<OpeningHoursView> openingHours,
                              String phone, String email, String website) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{3,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    Location.Details validDetails() {
        FieldErrors errors = new FieldErrors()
                .text("/name", name, 200, true)
                .text("/address", address, 500, false)
                .text("/timeZone", timeZone, 64, true)
                .text("/phone", phone, 64, false)
                .check("/phone", phone, p -> PHONE.matcher(p).matches(), "is not a phone number: use digits, spaces, + ( ) - . /")
                .text("/email", email, 320, false)
                .check("/email", email, e -> EMAIL.matcher(e).matches(), "is not an e-mail address")
                .text("/website", website, 2000, false)
                .webAddress("/website", website);
        ZoneId zone = errors.zone("/timeZone", timeZone).orElse(null);
        List<OpeningHours> hours = new ArrayList<>();
        List<OpeningHoursView> given = openingHours == null ? List.of() : openingHours;
        for (int i = 0; i < given.size(); i++) {
            openingHours(given.get(i), "/openingHours/" + i, errors).ifPresent(hours::add);
        }
        errors.throwIfAny("the location is not valid");
        return new Location.Details(name.strip(), blankToNull(address), zone, hours, blankToNull(phone), blankToNull(email),
                blankToNull(website));
    }

    private static java.util.Optional<OpeningHours> openingHours(OpeningHoursView view, String pointer, FieldErrors errors) {
        if (view == null) {
            errors.add(pointer, "must be an object with day, opens and closes");
            return java.util.Optional.empty();
        }
        DayOfWeek day = null;
        try {
            day = view.day() == null ? null : DayOfWeek.valueOf(view.day().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (day == null) {
            errors.add(pointer + "/day", "must be a day of the week in English, e.g. monday");
        }
        LocalTime opens = time(view.opens(), pointer + "/opens", errors);
        LocalTime closes = time(view.closes(), pointer + "/closes", errors);
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            errors.add(pointer + "/closes", "must be after opens; split a period past midnight into two days");
            return java.util.Optional.empty();
        }
        return day == null || opens == null || closes == null ? java.util.Optional.empty()
                : java.util.Optional.of(new OpeningHours(day, opens, closes));
    }

    private static LocalTime time(String value, String pointer, FieldErrors errors) {
        try {
            if (value != null && value.matches("\\d{2}:\\d{2}")) {
                return LocalTime.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(pointer, "must be a time of day as HH:mm, e.g. 09:00");
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
