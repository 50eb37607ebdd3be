package org.serviceaudit.server.platform;

import org.serviceaudit.server.problems.ApiException;
import org.serviceaudit.server.problems.ProblemError;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parses optional filter parameters of list endpoints and reports every bad one in one 400.
 * Parameters are taken as text because JAX-RS answers a failed conversion with a bare 404.
 */
public final class QueryParameters {

    private final List<ProblemError> errors = new ArrayList<>();

    public Optional<Long> id(String name, String value) {
        return parse(name, value, v -> {
            long id = Long.parseLong(v);
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        }, "must be a positive whole number");
    }

    public Optional<Instant> instant(String name, String value) {
        return parse(name, value, Instant::parse, "must be an ISO-8601 instant such as 2026-11-01T00:00:00Z");
    }

    public <T> Optional<T> parse(String name, String value, Function<String, T> parser, String expected) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(ProblemError.parameter(name, expected + ", got '" + value + "'"));
            return Optional.empty();
        }
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("bad query parameters", errors);
        }
    }
}
