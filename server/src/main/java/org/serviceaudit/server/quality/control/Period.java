package org.serviceaudit.server.quality.control;

import org.serviceaudit.server.platform.QueryParameters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time an index covers: {@code [from, to)}. Named as a month ({@code 2026-11}), a quarter
 * ({@code 2026-Q4}) or a year ({@code 2026}) in a time zone, or given as two instants.
 */
public record Period(Instant from, Instant to, String label, Unit unit, ZoneId zone) {

    /** How a period was named: a calendar month, quarter or year, or two instants. */
    public enum Unit { MONTH, QUARTER, YEAR, CUSTOM }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** The period just before this one: the calendar month, quarter or year before, or as long a time before two instants. */
    public Period previous() {
        LocalDate start = from.atZone(zone).toLocalDate();
        return switch (unit) {
            case MONTH -> named(YearMonth.from(start).minusMonths(1).toString(), zone);
            case QUARTER -> {
                LocalDate before = start.minusMonths(3);
                yield named(before.getYear() + "-Q" + ((before.getMonthValue() - 1) / 3 + 1), zone);
            }
            case YEAR -> named(Integer.toString(start.getYear() - 1), zone);
            case CUSTOM -> {
                java.time.Duration length = java.time.Duration.between(from, to);
                yield new Period(from.minus(length), from, from.minus(length) + "/" + from, Unit.CUSTOM, zone);
            }
        };
    }

    /**
     * The periods a report's trend shows, oldest first, this one last: a year's own twelve
     * months; for a month the twelve months to it; for a quarter the eight quarters to it; for
     * two instants six periods as long.
     */
    public java.util.List<Period> trend() {
        java.util.List<Period> periods = new java.util.ArrayList<>();
        if (unit == Unit.YEAR) {
            YearMonth first = YearMonth.from(from.atZone(zone));
            for (int m = 0; m < 12; m++) {
                periods.add(named(first.plusMonths(m).toString(), zone));
            }
            return periods;
        }
        int count = switch (unit) {
            case MONTH -> 12;
            case QUARTER -> 8;
            default -> 6;
        };
        Period p = this;
        for (int i = 0; i < count; i++) {
            periods.add(0, p);
            p = p.previous();
        }
        return periods;
    }

    /**
     * Reads {@code period} (with {@code zone}) or {@code from} and {@code to}; bad values are
     * reported to {@code parameters}. Empty when they were bad or missing (then reported too).
     */
    public static Optional<Period> of(QueryParameters parameters, String period, String from, String to, String zone) {
        ZoneId z = parameters.parse("zone", zone, ZoneId::of, "must be an IANA time zone such as Europe/Stockholm").orElse(ZoneId.of("UTC"));
        if (period != null && !period.isEmpty()) {
            return parameters.parse("period", period, p -> named(p, z),
                    "must be a month (2026-11), a quarter (2026-Q4) or a year (2026)");
        }
        if ((from == null || from.isEmpty()) && (to == null || to.isEmpty())) {
            parameters.problem("period", "is required: a month (2026-11), a quarter (2026-Q4) or a year (2026), or from and to");
            return Optional.empty();
        }
        Optional<Instant> f = parameters.instant("from", from);
        Optional<Instant> t = parameters.instant("to", to);
        if (f.isPresent() && t.isPresent() && !f.get().isBefore(t.get())) {
            parameters.problem("to", "must be after from");
            return Optional.empty();
        }
        if (f.isEmpty() || t.isEmpty()) {
            if (from == null || from.isEmpty() || to == null || to.isEmpty()) {
                parameters.problem(f.isEmpty() ? "from" : "to", "is needed with " + (f.isEmpty() ? "to" : "from"));
            }
            return Optional.empty();
        }
        return Optional.of(new Period(f.get(), t.get(), f.get() + "/" + t.get(), Unit.CUSTOM, z));
    }

    static Period named(String value, ZoneId zone) {
        Matcher month = MONTH.matcher(value);
        if (month.matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            return between(ym.atDay(1), ym.plusMonths(1).atDay(1), zone, ym.toString(), Unit.MONTH);
        }
        Matcher quarter = QUARTER.matcher(value);
        if (quarter.matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1, 1);
            return between(start, start.plusMonths(3), zone, value.toUpperCase(java.util.Locale.ROOT), Unit.QUARTER);
        }
        if (YEAR.matcher(value).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(value), 1, 1);
            return between(start, start.plusYears(1), zone, value, Unit.YEAR);
        }
        throw new IllegalArgumentException(value);
    }

    private static Period between(LocalDate from, LocalDate to, ZoneId zone, String label, Unit unit) {
        return new Period(from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant(), label, unit, zone);
    }
}
