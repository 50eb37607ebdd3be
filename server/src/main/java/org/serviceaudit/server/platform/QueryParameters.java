package org.serviceaudit.server.platform;

import jakarta.persistence.Query;
import org.serviceaudit.server.problems.ApiException;
import org.serviceaudit.server.problems.ProblemError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses optional filter parameters of list endpoints and reports every bad one in one 400.
 * Parameters are taken as text because JAX-RS answers a failed conversion with a bare 404.
 */
public final class QueryParameters {

    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

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

    /** Like {@link #id}, and reported as missing when absent; empty then (or when bad). */
    public Optional<Long> requiredId(String name, String value) {
        if (value == null || value.isEmpty()) {
            problem(name, "is required");
            return Optional.empty();
        }
        return id(name, value);
    }

    /** A report's or a text's language: en (the default when absent), ru, uk or sv. */
    public org.serviceaudit.checklists.Language language(String name, String value) {
        return parse(name, value, l -> org.serviceaudit.checklists.Language.fromCode(l).orElseThrow(IllegalArgumentException::new),
                "must be en, ru, uk or sv").orElse(org.serviceaudit.checklists.Language.EN);
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
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            errors.add(ProblemError.parameter(name, expected + ", got '" + value + "'"));
            return Optional.empty();
        }
    }

    /** A problem with parameters that no single parse can see, such as two that contradict each other. */
    public void problem(String name, String detail) {
        errors.add(ProblemError.parameter(name, detail));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("bad query parameters", errors);
        }
    }

    /** Strictly {@code true} or {@code false}, for {@link #parse}. */
    public static boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    /**
     * The JPQL where clause of a filter map, whose keys are conditions each with one named
     * parameter ({@code "a.status = :status"}) and whose values are that parameter's value.
     */
    public static String where(Map<String, Object> filters) {
        return filters.isEmpty() ? "" : " where " + String.join(" and ", filters.keySet());
    }

    /** Binds the parameters of a {@link #where} clause to each query that uses it. */
    public static void bind(Map<String, Object> filters, Query... queries) {
        filters.forEach((condition, value) -> {
            Matcher parameter = PARAMETER.matcher(condition);
            if (!parameter.find()) {
                throw new IllegalArgumentException("no named parameter in " + condition);
            }
            String name = parameter.group(1);
            for (Query query : queries) {
                query.setParameter(name, value);
            }
        });
    }
}
