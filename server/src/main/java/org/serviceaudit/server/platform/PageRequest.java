package org.serviceaudit.server.platform;

import org.serviceaudit.server.problems.ApiException;
import org.serviceaudit.server.problems.ProblemError;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code page} (0-based, default 0) and {@code size} (1 to 200, default 50) query
 * parameters of list endpoints, taken as text so a bad value is a 400 that names it.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public static PageRequest of(String page, String size) {
        List<ProblemError> errors = new ArrayList<>();
        int p = parse("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int s = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("bad paging parameters", errors);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }

    public <T, R> Page<R> page(List<T> rows, long total, Function<T, R> view) {
        return new Page<>(rows.stream().map(view).toList(), page, size, total);
    }

    private static int parse(String name, String value, int fallback, int min, int max, List<ProblemError> errors) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(value);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(ProblemError.parameter(name, "must be a whole number from " + min + " to " + max + ", got '" + value + "'"));
        return fallback;
    }
}
